package org.mmicd.academy.catalog.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mmicd.academy.catalog.ResourcePart;
import org.mmicd.academy.catalog.Sector;

/** Reads and validates one module folder: its module.yaml, lessons, quiz and translations. */
class ModuleReader {

  private final ContentRoot root;
  private final QuizReader quizReader;
  private final LessonReader lessonReader;
  private final TranslationReader translationReader;

  ModuleReader(ContentRoot root, QuizReader quizReader) {
    this.root = root;
    this.quizReader = quizReader;
    this.lessonReader = new LessonReader(root);
    this.translationReader = new TranslationReader(root, quizReader);
  }

  Optional<ModuleDefinition> read(Path folder, ProblemLog problems) {
    Path moduleFile = folder.resolve("module.yaml");
    if (!Files.isRegularFile(moduleFile)) {
      problems.add(root.relative(folder), 1, "the module folder has no module.yaml");
      return Optional.empty();
    }
    return YamlMap.read(moduleFile, root.relative(moduleFile), problems)
        .map(yaml -> module(folder, yaml, problems));
  }

  private ModuleDefinition module(Path folder, YamlMap yaml, ProblemLog problems) {
    String id = id(folder, yaml, problems);
    String title = yaml.requiredString("title");
    ResourcePart part = part(yaml, problems);
    Sector sector = sector(yaml, part, problems);
    String country = country(yaml, part, problems);
    int version = yaml.integer("version", 1, 1_000_000).orElse(1);
    List<LessonDefinition> lessons = lessonReader.read(folder, yaml, problems);
    String quizFile = yaml.string("quiz").orElse(null);
    QuizDefinition quiz = quiz(folder, yaml, quizFile, problems);
    return new ModuleDefinition(
        id,
        title,
        part,
        sector,
        country,
        yaml.strings("partners"),
        version,
        yaml.string("summary").orElse(""),
        lessons,
        resources(yaml, problems),
        quiz,
        quizFile,
        translationReader.read(folder, lessons, quiz, yaml, problems),
        root.relative(folder));
  }

  private static String id(Path folder, YamlMap yaml, ProblemLog problems) {
    String id = yaml.requiredId("id");
    String folderName = folder.getFileName().toString();
    if (id != null && !id.equals(folderName)) {
      problems.add(
          yaml.file(),
          yaml.line("id"),
          "the id '" + id + "' must equal the folder name '" + folderName + "'");
    }
    return id;
  }

  private static ResourcePart part(YamlMap yaml, ProblemLog problems) {
    String partKey = yaml.requiredString("part");
    if (partKey == null) {
      return null;
    }
    Optional<ResourcePart> part = ResourcePart.fromKey(partKey);
    if (part.isEmpty()) {
      problems.add(
          yaml.file(),
          yaml.line("part"),
          "unknown part '" + partKey + "': use guidelines, toolkit, training or country");
    }
    return part.orElse(null);
  }

  private static Sector sector(YamlMap yaml, ResourcePart part, ProblemLog problems) {
    Optional<String> sectorKey = yaml.string("sector");
    if (sectorKey.isEmpty()) {
      if (part == ResourcePart.TOOLKIT) {
        problems.add(yaml.file(), yaml.line(), "a toolkit module needs a 'sector'");
      }
      return null;
    }
    Optional<Sector> sector = Sector.fromKey(sectorKey.get());
    if (sector.isEmpty()) {
      problems.add(yaml.file(), yaml.line("sector"), "unknown sector '" + sectorKey.get() + "'");
    }
    return sector.orElse(null);
  }

  private static String country(YamlMap yaml, ResourcePart part, ProblemLog problems) {
    String country = yaml.string("country").orElse(null);
    if (country != null && !ContentReader.COUNTRY.matcher(country).matches()) {
      problems.add(
          yaml.file(),
          yaml.line("country"),
          "'country' must be an ISO 3166 alpha-2 code such as NP");
    } else if (country == null && part == ResourcePart.COUNTRY) {
      problems.add(yaml.file(), yaml.line(), "a country module needs a 'country'");
    }
    return country;
  }

  /** The key resources: publications a learner may need in the original. */
  private static List<KeyResourceDefinition> resources(YamlMap yaml, ProblemLog problems) {
    List<KeyResourceDefinition> resources = new ArrayList<>();
    for (YamlMap entry : yaml.maps("resources")) {
      String url = entry.string("url").orElse(null);
      if (url != null && !url.startsWith("https://")) {
        problems.add(
            entry.file(),
            entry.line("url"),
            "a resource 'url' must start with https://; leave it out rather than guess one");
      }
      resources.add(
          new KeyResourceDefinition(
              entry.requiredString("title"), entry.requiredString("publisher"), url));
    }
    return resources;
  }

  private QuizDefinition quiz(Path folder, YamlMap yaml, String quizFile, ProblemLog problems) {
    if (quizFile == null) {
      return null;
    }
    Path quizPath = folder.resolve(quizFile).normalize();
    if (!quizPath.startsWith(folder) || !Files.isRegularFile(quizPath)) {
      problems.add(
          yaml.file(), yaml.line("quiz"), "the quiz file '" + quizFile + "' does not exist");
      return null;
    }
    return quizReader.read(quizPath, root.relative(quizPath), problems).orElse(null);
  }
}
