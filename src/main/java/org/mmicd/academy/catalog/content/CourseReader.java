package org.mmicd.academy.catalog.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Reads and validates one course file of {@code courses/}. */
class CourseReader {

  /** The completion rule as written in the course file. */
  private record Completion(
      boolean quizzesRequired, int minOptional, int minLive, int liveSharePercent) {}

  Optional<CourseDefinition> read(
      Path path, String file, Set<String> moduleIds, ProblemLog problems) {
    return YamlMap.read(path, file, problems).map(yaml -> course(yaml, moduleIds, problems));
  }

  private static CourseDefinition course(YamlMap yaml, Set<String> moduleIds, ProblemLog problems) {
    String id = yaml.requiredId("id");
    String title = yaml.requiredString("title");
    List<String> languages = languages(yaml, problems);
    List<String> countries = countries(yaml, problems);
    List<CourseDefinition.ModuleChoice> modules = modules(yaml, moduleIds, problems);
    Completion completion = completion(yaml, modules, problems);
    return new CourseDefinition(
        id,
        title,
        yaml.string("summary").orElse(""),
        languages,
        countries,
        modules,
        completion.quizzesRequired(),
        completion.minOptional(),
        completion.minLive(),
        completion.liveSharePercent(),
        certificate(yaml),
        yaml.file(),
        yaml.line(),
        translations(yaml, problems));
  }

  /**
   * {@code i18n: {es: {title, summary}, fr: ...}}: the title (required) and summary in other
   * languages than English, shown to people whose pages are in that language.
   */
  private static Map<String, CourseDefinition.Translation> translations(
      YamlMap yaml, ProblemLog problems) {
    Map<String, CourseDefinition.Translation> translations = new TreeMap<>();
    Optional<YamlMap> block = yaml.map("i18n");
    if (block.isEmpty()) {
      return translations;
    }
    for (String language : block.get().keys()) {
      if (!ContentReader.LANGUAGE.matcher(language).matches() || language.equals("en")) {
        problems.add(
            yaml.file(),
            block.get().line(language),
            "'"
                + language
                + "' under 'i18n' is not a language code other than en, such as es, fr or ne");
        continue;
      }
      Optional<YamlMap> text = block.get().map(language);
      if (text.isEmpty()) {
        continue; // map() said why
      }
      String title = text.get().requiredString("title");
      if (title != null) {
        translations.put(
            language,
            new CourseDefinition.Translation(title, text.get().string("summary").orElse("")));
      }
    }
    return translations;
  }

  private static List<String> languages(YamlMap yaml, ProblemLog problems) {
    List<String> languages = yaml.strings("languages");
    if (languages.isEmpty()) {
      problems.add(
          yaml.file(), yaml.line(), "a course needs at least one language under 'languages'");
    }
    for (String language : languages) {
      if (!ContentReader.LANGUAGE.matcher(language).matches()) {
        problems.add(
            yaml.file(),
            yaml.line("languages"),
            "'" + language + "' is not a language code such as en, es or fr");
      }
    }
    return languages;
  }

  private static List<String> countries(YamlMap yaml, ProblemLog problems) {
    List<String> countries = yaml.strings("countries");
    for (String country : countries) {
      if (!ContentReader.COUNTRY.matcher(country).matches()) {
        problems.add(
            yaml.file(),
            yaml.line("countries"),
            "'" + country + "' is not an ISO 3166 alpha-2 code such as NP");
      }
    }
    return countries;
  }

  private static List<CourseDefinition.ModuleChoice> modules(
      YamlMap yaml, Set<String> moduleIds, ProblemLog problems) {
    List<YamlMap> entries = yaml.maps("modules");
    if (entries.isEmpty()) {
      problems.add(
          yaml.file(), yaml.line("modules"), "a course needs at least one module under 'modules'");
    }
    List<CourseDefinition.ModuleChoice> modules = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlMap entry : entries) {
      String moduleId = entry.requiredString("id");
      if (moduleId == null) {
        continue;
      }
      if (!moduleIds.contains(moduleId)) {
        problems.add(
            yaml.file(),
            entry.line("id"),
            "unknown module id '" + moduleId + "': there is no folder modules/" + moduleId);
      } else if (!seen.add(moduleId)) {
        problems.add(
            yaml.file(), entry.line("id"), "the module '" + moduleId + "' is listed twice");
      }
      modules.add(
          new CourseDefinition.ModuleChoice(
              moduleId, entry.bool("required").orElse(true), entry.line()));
    }
    return modules;
  }

  private static Completion completion(
      YamlMap yaml, List<CourseDefinition.ModuleChoice> modules, ProblemLog problems) {
    Optional<YamlMap> completion = yaml.map("completion");
    if (completion.isEmpty()) {
      return new Completion(true, 0, 0, 0);
    }
    YamlMap rule = completion.get();
    if (!"all".equals(rule.string("requiredLessons").orElse("all"))) {
      problems.add(
          yaml.file(), rule.line("requiredLessons"), "'requiredLessons' can only be 'all'");
    }
    String quizzes = rule.string("quizzesPassed").orElse("required");
    if (!quizzes.equals("required") && !quizzes.equals("none")) {
      problems.add(
          yaml.file(), rule.line("quizzesPassed"), "'quizzesPassed' must be required or none");
    }
    int minOptional = rule.integer("minOptionalModules", 0, 100).orElse(0);
    long optional = modules.stream().filter(m -> !m.required()).count();
    if (minOptional > optional) {
      problems.add(
          yaml.file(),
          rule.line("minOptionalModules"),
          "'minOptionalModules' is "
              + minOptional
              + " but the course has only "
              + optional
              + " optional modules");
    }
    int minLive = rule.integer("minLiveSessionsAttended", 0, 100).orElse(0);
    int liveShare = rule.integer("liveSessionSharePercent", 0, 100).orElse(0);
    return new Completion(!"none".equals(quizzes), minOptional, minLive, liveShare);
  }

  private static CertificateTerms certificate(YamlMap yaml) {
    Optional<YamlMap> block = yaml.map("certificate");
    if (block.isEmpty()) {
      return CertificateTerms.NONE;
    }
    YamlMap certificate = block.get();
    return new CertificateTerms(
        certificate.string("title").orElse(null),
        certificate.string("signatory").orElse(null),
        certificate.integer("validityMonths", 1, 600).orElse(null),
        certificate.bool("recertify").orElse(false));
  }
}
