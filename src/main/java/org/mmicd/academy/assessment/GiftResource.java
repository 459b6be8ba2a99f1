package org.mmicd.academy.assessment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.mmicd.academy.identity.Role;
import org.mmicd.academy.platform.DomainException;
import org.mmicd.academy.platform.Problem;
import org.mmicd.academy.platform.ProblemExceptionMapper;

/** Converts a GIFT question bank into a quiz file (YAML) to commit next to a module. */
@Path("gift/convert")
@RequestScoped
@RolesAllowed({Role.TRAINER_NAME, Role.COORDINATOR_NAME, Role.ADMIN_NAME})
public class GiftResource {

  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.TEXT_PLAIN)
  @Produces({"application/yaml", Problem.MEDIA_TYPE})
  public Response convert(
      String gift,
      @QueryParam("passMark") @DefaultValue("70") int passMark,
      @QueryParam("attempts") @DefaultValue("3") int attempts) {
    if (passMark < 1 || passMark > 100 || attempts < 0) {
      throw DomainException.invalid(
          passMark < 1 || passMark > 100 ? "passMark" : "attempts", "error.gift.rule");
    }
    GiftConverter.Conversion conversion = new GiftConverter().convert(gift, passMark, attempts);
    if (!conversion.ok()) {
      Locale locale = ProblemExceptionMapper.locale(headers, request);
      var errors =
          conversion.rejections().stream()
              .map(r -> new Problem.FieldError("line " + r.line(), r.reason(locale)))
              .toList();
      DomainException refused =
          DomainException.invalid(
              null, "error.gift.refused", String.valueOf(conversion.rejections().size()));
      Problem problem = ProblemExceptionMapper.toProblem(refused, locale);
      return problem(
          new Problem(problem.type(), problem.title(), 400, problem.detail(), null, errors, null));
    }
    return Response.ok(conversion.yaml(), "application/yaml").build();
  }

  private static Response problem(Problem problem) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }
}
