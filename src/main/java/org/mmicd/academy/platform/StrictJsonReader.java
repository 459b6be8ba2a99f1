package org.mmicd.academy.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Every JSON body the API reads passes {@link StrictJson} first, so JSON-B only ever binds values
 * that fit their fields. The body is already capped in size by {@link RequestBodyLimit}.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonReader implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType media = context.getMediaType();
    boolean json =
        media != null
            && (media.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || media.getSubtype().endsWith("+json"));
    if (!json || !StrictJson.covers(context.getType())) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    if (!new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      StrictJson.check(StrictJson.parse(body), context.getGenericType(), "");
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }
}
