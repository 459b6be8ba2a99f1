package org.mmicd.academy.platform;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** An RFC 9457 problem details body: every API error is one of these. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "result"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors,
    Object result) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One invalid field of a request body or parameter. */
  public record FieldError(String field, String message) {}

  public static Problem of(String type, int status, String title, String detail) {
    return new Problem(type, title, status, detail, null, null, null);
  }

  /** The same problem carrying what the caller needs next (RFC 9457 extension member). */
  public Problem withResult(Object result) {
    return new Problem(type, title, status, detail, instance, errors, result);
  }

  @JsonbNillable(false)
  public List<FieldError> errors() {
    return errors;
  }
}
