package org.mmicd.academy.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import org.junit.jupiter.api.Test;
import org.mmicd.academy.platform.DomainException;

/** What a failed page answers, and how large a form may be. */
class PageRulesTest {

  @Test
  void aRefusalKeepsItsStatusAnExpiredFormIsABadRequestAndOurFaultsStay500() {
    DomainException notYours = DomainException.forbidden("error.attempt.not-yours", "7");
    assertEquals(
        notYours,
        PageErrors.refusal(new FacesException(new RuntimeException(notYours))).orElseThrow());
    assertEquals(403, PageErrors.status(notYours));
    assertEquals(404, PageErrors.status(DomainException.notFound("error.course.not-found", "x")));
    assertEquals(403, PageErrors.status(DomainException.unauthenticated("error.sign-in-needed")));
    DomainException expired =
        PageErrors.refusal(new ViewExpiredException("/x.xhtml")).orElseThrow();
    assertEquals("error.page.expired", expired.key());
    assertEquals(400, PageErrors.status(expired));
    assertTrue(PageErrors.refusal(new NullPointerException()).isEmpty());
  }

  @Test
  void formsWithAFileMayBeLargerThanFormsWithFieldsOnly() {
    assertEquals(6L * 1024 * 1024, FormSizeLimit.limit("multipart/form-data; boundary=x"));
    assertEquals(2L * 1024 * 1024, FormSizeLimit.limit("application/x-www-form-urlencoded"));
    assertEquals(2L * 1024 * 1024, FormSizeLimit.limit(null));
    assertFalse(FormSizeLimit.limit("text/plain") > FormSizeLimit.FIELDS_ONLY);
  }
}
