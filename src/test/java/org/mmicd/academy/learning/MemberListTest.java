package org.mmicd.academy.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemberListTest {

  @Test
  void readsTheFirstColumnWithLineNumbersSkippingTheHeaderAndBlankLines() {
    MemberList list =
        MemberList.parse(
            "\uFEFFE-mail;Name\r\n"
                + "sita@example.org;Sita Gurung\r\n"
                + "\r\n"
                + "\"ram@example.org\",\"Thapa, Ram\"\r\n"
                + "  maria@example.org\t María\r\n"
                + "not-an-address\n");
    assertEquals(
        List.of(
            new MemberList.Line(2, "sita@example.org"),
            new MemberList.Line(4, "ram@example.org"),
            new MemberList.Line(5, "maria@example.org"),
            new MemberList.Line(6, "not-an-address")),
        list.lines());
  }

  @Test
  void aFileWithoutHeaderKeepsItsFirstLine() {
    assertEquals(
        List.of(new MemberList.Line(1, "a@example.org")),
        MemberList.parse("a@example.org").lines());
    assertEquals(List.of(), MemberList.parse(null).lines());
  }
}
