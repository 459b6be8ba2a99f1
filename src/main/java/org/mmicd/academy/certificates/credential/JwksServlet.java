package org.mmicd.academy.certificates.credential;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The public keys that verify the academy's credentials (RFC 7517), for anyone, without sign-in.
 */
@WebServlet("/.well-known/jwks.json")
public class JwksServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject SigningKeys keys;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonArrayBuilder published = Json.createArrayBuilder();
    for (SigningKey key : keys.published()) {
      published.add(
          Json.createObjectBuilder()
              .add("kty", "OKP")
              .add("crv", "Ed25519")
              .add("x", key.x())
              .add("kid", key.kid())
              .add("use", "sig")
              .add("alg", "EdDSA"));
    }
    byte[] body =
        Json.createObjectBuilder()
            .add("keys", published)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/jwk-set+json");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
