package org.mmicd.academy.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mmicd.academy.catalog.content.ContentReader;
import org.mmicd.academy.catalog.content.ContentSet;
import org.mmicd.academy.catalog.content.QuizDefinition;

class GiftConverterTest {

  static final String BANK =
      """
      // A bank a trainer brings from Moodle
      $CATEGORY: $course$/Health

      ::Determinant::Migration is a social determinant of health. {T#It shapes living and working conditions.}

      ::Partners::Which agency developed the health toolkit with IOM? {
        =WHO#Yes, with UNAIDS and ILO.
        ~FAO#FAO worked on rural development.
        ~UNCTAD
        ####Three agencies worked on it.
      }

      Which agencies worked on the health toolkit? {
        ~%50%WHO
        ~%50%UNAIDS
        ~%-100%UNODC
      }

      Match each story with its sector. {
        =Fernando -> Health
        =Moises -> Employment
        =Garry -> Rural development
      }

      Which UN agency developed the urban toolkit with IOM? {=UN-Habitat =UN Habitat}

      The price is 5 \\= five \\{ braces \\}. {=yes ~no}
      """;

  final GiftConverter converter = new GiftConverter();

  @Test
  void convertsEveryTypeIntoAQuizFileTheLoaderAccepts(@TempDir Path root) throws IOException {
    GiftConverter.Conversion conversion = converter.convert(BANK, 70, 3);
    assertEquals(List.of(), conversion.rejections());
    assertEquals(6, conversion.questions());

    Path module = root.resolve("modules/toolkit-health");
    Files.createDirectories(module.resolve("lessons"));
    Files.writeString(module.resolve("lessons/01.md"), "# One\n\nText.");
    Files.writeString(
        module.resolve("module.yaml"),
        "id: toolkit-health\ntitle: Health\npart: toolkit\nsector: health\nlessons:\n  - {id: one, title: One, file: lessons/01.md, minutes: 5}\nquiz: quiz.yaml\n");
    Files.writeString(module.resolve("quiz.yaml"), conversion.yaml());
    Files.createDirectories(root.resolve("courses"));
    ContentSet content = new ContentReader(root).read();
    assertEquals(List.of(), content.problems(), conversion.yaml());

    List<QuizDefinition.Question> questions = content.modules().get(0).quiz().questions();
    assertEquals(
        List.of("true-false", "single", "multiple", "matching", "short-answer", "single"),
        questions.stream().map(QuizDefinition.Question::type).toList());
    assertEquals(true, questions.get(0).answer());
    assertEquals("It shapes living and working conditions.", questions.get(0).feedback());
    assertEquals("gift-2-partners", questions.get(1).id());
    assertEquals("Three agencies worked on it.", questions.get(1).feedback());
    assertEquals("Yes, with UNAIDS and ILO.", questions.get(1).options().get(0).feedback());
    assertEquals(
        List.of(true, true, false),
        questions.get(2).options().stream().map(QuizDefinition.Option::correct).toList());
    assertEquals("Rural development", questions.get(3).pairs().get(2).right());
    assertEquals(List.of("UN-Habitat", "UN Habitat"), questions.get(4).accept());
    assertTrue(questions.get(5).text().contains("5 = five { braces }"), questions.get(5).text());
  }

  @Test
  void refusesTheWholeBankAndSaysWhichLinesAndWhy() {
    String bank =
        """
        Good question {=yes ~no}

        An essay question. {}

        How many pilot countries? {#3}

        No right answer here {~a ~b}

        No answers at all
        """;
    GiftConverter.Conversion conversion = converter.convert(bank, 70, 3);
    assertNull(conversion.yaml(), "nothing half-imported");
    assertEquals(
        List.of(3, 5, 7, 9),
        conversion.rejections().stream().map(GiftConverter.Rejection::line).toList());
    assertTrue(conversion.rejections().get(0).reason().contains("essay"));
    assertTrue(conversion.rejections().get(1).reason().contains("numerical"));
    assertTrue(conversion.rejections().get(2).reason().contains("no option is marked right"));
    assertTrue(conversion.rejections().get(3).reason().contains("no answer block"));
  }

  @Test
  void anEmptyBankIsRefused() {
    assertEquals(1, converter.convert("// only a comment\n", 70, 3).rejections().size());
  }
}
