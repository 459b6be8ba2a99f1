package org.mmicd.academy.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodeTest {

  @Test
  void aCodeCarries160RandomBitsIn32PrintableCharacters() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      VerificationCode code = VerificationCode.random();
      assertTrue(code.value().matches("[A-Z2-7]{32}"), code.value());
      assertTrue(seen.add(code.value()));
    }
    assertTrue(VerificationCode.BYTES * 8 >= 128);
  }

  @Test
  void base32FollowsRfc4648() {
    assertEquals("MZXW6YTBOI", VerificationCode.base32("foobar".getBytes()));
  }

  @Test
  void aTypedCodeIsFoundWhateverItsCaseSpacesAndDashes() {
    VerificationCode code = VerificationCode.random();
    assertEquals(39, code.printable().length());
    assertEquals(Optional.of(code), VerificationCode.parse(code.printable().toLowerCase()));
    assertEquals(Optional.of(code), VerificationCode.parse(code.printable().replace('-', ' ')));
    assertEquals(Optional.empty(), VerificationCode.parse(code.value().substring(1)));
    assertEquals(
        Optional.empty(),
        VerificationCode.parse(code.value().replace(code.value().charAt(0), '1')));
    assertEquals(Optional.empty(), VerificationCode.parse(null));
  }

  @Test
  void serialsReadLikePaperOnes() {
    assertEquals("MMICD-2026-000123", SerialNumber.of(2026, 123));
    assertTrue(SerialNumber.looksValid("MMICD-2026-1234567"));
    assertNotEquals(true, SerialNumber.looksValid("MMICD-26-1"));
  }
}
