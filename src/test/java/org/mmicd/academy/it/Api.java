package org.mmicd.academy.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** A small HTTP client for the REST API, as a script or app would call it. */
public final class Api {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final String authorization;
  private final String language;

  private Api(URI base, String authorization) {
    this(base, authorization, null);
  }

  private Api(URI base, String authorization, String language) {
    this.base = base;
    this.authorization = authorization;
    this.language = language;
  }

  /** The same caller, asking for answers in a language (Accept-Language). */
  public Api withLanguage(String language) {
    return new Api(base, authorization, language);
  }

  public static Api anonymous(URI applicationRoot) {
    return new Api(applicationRoot.resolve("api/v1/"), null);
  }

  public Api withBasic(String email, String password) {
    String pair = email + ":" + password;
    return new Api(
        base, "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  public Api withToken(String token) {
    return new Api(base, "Bearer " + token);
  }

  public Reply get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /** A GET that accepts another media type than JSON, such as text/calendar. */
  public Reply get(String path, String accept) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), accept);
  }

  /** A GET of a binary file, such as a PDF: its status, media type and bytes. */
  public HttpResponse<byte[]> getBytes(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A POST of a body that is not JSON, such as a CSV file. */
  public Reply post(String path, byte[] body, String contentType) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  public Reply post(String path, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply postText(String path, String text) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "text/plain; charset=UTF-8")
            .header("X-Requested-With", "mmicd-tests")
            .POST(HttpRequest.BodyPublishers.ofString(text)),
        "application/yaml, application/problem+json");
  }

  public Reply put(String path, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public Reply delete(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
  }

  private Reply send(HttpRequest.Builder request) {
    return send(request, "application/json");
  }

  private Reply send(HttpRequest.Builder request, String accept) {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    request.header("Accept", accept + ", application/problem+json");
    if (language != null) {
      request.header("Accept-Language", language);
    }
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(60)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Reply(response);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Registers a new learner with a unique e-mail and returns a client signed in as them. */
  public Api newLearner(String country) {
    String email = "it-" + UUID.randomUUID() + "@example.org";
    Reply reply =
        post(
            "accounts",
            "{\"email\":\""
                + email
                + "\",\"displayName\":\"Test Learner\",\"password\":\"correct-horse-1\",\"country\":\""
                + country
                + "\",\"language\":\"en\"}");
    if (reply.status() != 201) {
      throw new IllegalStateException("registration failed: " + reply);
    }
    return anonymousAt().withBasic(email, "correct-horse-1");
  }

  private Api anonymousAt() {
    return new Api(base, null);
  }

  /** An HTTP answer with its body parsed on demand. */
  public record Reply(HttpResponse<String> response) {

    public int status() {
      return response.statusCode();
    }

    public String body() {
      return response.body();
    }

    public String contentType() {
      return response.headers().firstValue("Content-Type").orElse("");
    }

    public String header(String name) {
      return response.headers().firstValue(name).orElse(null);
    }

    public java.util.List<String> headers(String name) {
      return response.headers().allValues(name);
    }

    public JsonObject json() {
      return (JsonObject) parse();
    }

    public JsonArray array() {
      return (JsonArray) parse();
    }

    private JsonStructure parse() {
      try (var reader = Json.createReader(new StringReader(response.body()))) {
        return reader.read();
      }
    }

    @Override
    public String toString() {
      return response.statusCode() + " " + response.body();
    }
  }
}
