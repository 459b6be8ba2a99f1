package org.mmicd.academy.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Jersey registers its own mapper for validation failures (a bare 400 page); this more specific one
 * wins and answers with the problem+json body every other error gets.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(ConstraintViolationException invalid) {
    return ProblemExceptionMapper.response(
        ProblemExceptionMapper.toProblem(invalid, ProblemExceptionMapper.locale(headers, request)));
  }
}
