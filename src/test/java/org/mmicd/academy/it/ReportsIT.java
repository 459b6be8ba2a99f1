package org.mmicd.academy.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coordinators' reports through the API: exact figures for a cohort of hand-made learners whose
 * expected numbers are written here, the files read back, and who sees what.
 */
@ExtendWith(Platform.class)
class ReportsIT {

  static final String PASSWORD = "correct-horse-1";

  Api anonymous;
  Api admin;

  @BeforeEach
  void connect() {
    anonymous = Platform.api();
    admin = anonymous.withBasic("root@mmicd.test", "Root-password-1");
  }

  /**
   * Five learners in a fresh Nepal cohort of the Nepal track (twelve lessons): one never starts,
   * one does a lesson, one does six and has her completion recorded, one is put in by an uploaded
   * list and one withdraws.
   */
  @Test
  void figuresOfAHandBuiltCohortAreExactInJsonCsvAndXlsx() throws Exception {
    String organisation = "IT organisation " + UUID.randomUUID();
    long cohort = cohort("IT cohort " + UUID.randomUUID(), "track-nepal", "NP", organisation);

    Learner idle = learner("NP");
    long idleEnrollment = idle.enrol("track-nepal", cohort);
    Learner oneLesson = learner("NP");
    oneLesson.complete(oneLesson.enrol("track-nepal", cohort), 1);
    Learner halfWay = learner("NP");
    long halfWayEnrollment = halfWay.enrol("track-nepal", cohort);
    halfWay.complete(halfWayEnrollment, 6);
    Api.Reply completion = admin.put("enrollments/" + halfWayEnrollment + "/completion", "{}");
    assertEquals(200, completion.status(), completion.toString());
    assertEquals("completed", completion.json().getString("status"));
    Learner listed = learner("NP");
    Learner leaving = learner("NP");
    long leavingEnrollment = leaving.enrol("track-nepal", cohort);
    assertEquals(200, leaving.api.delete("enrollments/" + leavingEnrollment).status());

    // The uploaded list: a header, the learner, a typo, an unknown address, the learner again.
    String list =
        "email,name\n"
            + listed.email
            + ",Listed\nnot-an-address\nnobody-"
            + UUID.randomUUID()
            + "@example.org\n"
            + listed.email.toUpperCase()
            + "\n";
    Api.Reply upload =
        admin.post(
            "cohorts/" + cohort + "/members/import",
            list.getBytes(StandardCharsets.UTF_8),
            "text/csv");
    assertEquals(200, upload.status(), upload.toString());
    JsonObject imported = upload.json();
    assertEquals(1, imported.getJsonArray("placed").size());
    assertEquals(
        "enrolled-and-added",
        imported.getJsonArray("placed").getJsonObject(0).getString("placement"));
    List<Integer> refusedLines =
        imported.getJsonArray("refused").getValuesAs(JsonObject.class).stream()
            .map(r -> r.getInt("line"))
            .toList();
    assertEquals(List.of(3, 4, 5), refusedLines, imported.toString());
    assertTrue(
        imported.getJsonArray("refused").getJsonObject(1).getString("reason").contains("register"));

    String filter = "cohort=" + cohort;
    JsonObject byCohort = admin.get("reports/completion?groupBy=cohort&" + filter).json();
    assertEquals(1, byCohort.getJsonArray("groups").size(), byCohort.toString());
    JsonObject group = byCohort.getJsonArray("groups").getJsonObject(0);
    assertEquals(cohort, group.getJsonNumber("cohort").longValue());
    assertEquals(5, group.getInt("enrolled"));
    assertEquals(2, group.getInt("started"));
    assertEquals(1, group.getInt("completed"));
    assertEquals(1, group.getInt("withdrawn"));
    assertEquals(0.2, group.getJsonNumber("completionRate").doubleValue(), 1e-9);
    assertEquals(1, group.getInt("certified"), "the recorded completion earned a certificate");
    assertEquals(0, group.getInt("revoked"));
    assertEquals(String.valueOf(cohort), byCohort.getJsonObject("filters").getString("cohort"));

    JsonObject byCountryAndCourse =
        admin.get("reports/completion?groupBy=country,course&" + filter).json();
    JsonObject nepalTrack = byCountryAndCourse.getJsonArray("groups").getJsonObject(0);
    assertEquals("NP", nepalTrack.getString("country"));
    assertEquals("track-nepal", nepalTrack.getString("course"));
    assertEquals(5, nepalTrack.getInt("enrolled"));

    JsonObject bySector = admin.get("reports/completion?groupBy=sector&" + filter).json();
    assertEquals(
        Set.of("employment", "health"),
        bySector.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
            .map(g -> g.getString("sector"))
            .collect(Collectors.toSet()));
    JsonObject byOrganisation =
        admin.get("reports/completion?groupBy=organisation,period&" + filter).json();
    JsonObject organisationRow = byOrganisation.getJsonArray("groups").getJsonObject(0);
    assertEquals(organisation, organisationRow.getString("organisation"));
    assertEquals(
        LocalDate.now(ZoneOffset.UTC).toString().substring(0, 7),
        organisationRow.getString("period"));

    JsonObject funnel = admin.get("reports/funnel?inactiveDays=1&" + filter).json();
    assertEquals(
        List.of(5L, 2L, 1L, 0L, 0L, 1L),
        funnel.getJsonArray("stages").getValuesAs(JsonObject.class).stream()
            .map(s -> s.getJsonNumber("learners").longValue())
            .toList());
    assertEquals(0, funnel.getInt("droppedOut"));
    assertEquals(1, funnel.getInt("withdrawn"));
    assertEquals(0.0, funnel.getJsonNumber("medianDaysToComplete").doubleValue(), 1e-9);

    JsonObject started = admin.get("reports/learners?stage=started&" + filter).json();
    assertEquals(2, started.getInt("total"));
    assertEquals(
        Set.of(8, 50),
        started.getJsonArray("learners").getValuesAs(JsonObject.class).stream()
            .map(l -> l.getInt("progressPercent"))
            .collect(Collectors.toSet()));
    JsonObject page = admin.get("reports/learners?stage=enrolled&page=1&size=2&" + filter).json();
    assertEquals(5, page.getInt("total"));
    assertEquals(2, page.getJsonArray("learners").size());
    JsonObject idleRow =
        admin
            .get("reports/learners?stage=enrolled&size=500&" + filter)
            .json()
            .getJsonArray("learners")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(l -> l.getJsonNumber("enrollmentId").longValue() == idleEnrollment)
            .findFirst()
            .orElseThrow();
    assertEquals(0, idleRow.getInt("progressPercent"));
    assertEquals("NP", idleRow.getString("country"));

    JsonObject dashboard = admin.get("reports/dashboard?groupBy=country,course&" + filter).json();
    assertTrue(dashboard.getInt("queries") <= 5, "statements: " + dashboard.getInt("queries"));
    assertEquals(5, dashboard.getJsonArray("byCountry").getJsonObject(0).getInt("enrolled"));
    // The dashboard adds its funnel up from the countries' rows: the same as the funnel's own.
    assertEquals(funnel.getJsonArray("stages"), dashboard.getJsonObject("funnel").get("stages"));
    assertEquals(1, dashboard.getJsonObject("funnel").getInt("withdrawn"));
    JsonObject everywhere = admin.get("reports/dashboard").json();
    JsonObject wholeFunnel = admin.get("reports/funnel").json();
    assertEquals(wholeFunnel.get("stages"), everywhere.getJsonObject("funnel").get("stages"));
    assertEquals(
        wholeFunnel.get("medianDaysToComplete"),
        everywhere.getJsonObject("funnel").get("medianDaysToComplete"));
    assertEquals(
        wholeFunnel.get("droppedOut"), everywhere.getJsonObject("funnel").get("droppedOut"));
    assertTrue(
        wholeFunnel.getJsonArray("stages").getJsonObject(3).getInt("learners") > 0,
        "the demo's learners passed quizzes: " + wholeFunnel);
    assertTrue(
        wholeFunnel.getJsonArray("stages").getJsonObject(4).getInt("learners") > 0,
        "the demo's learners attended sessions: " + wholeFunnel);

    // The progress kept for the reports equals a full recount, here and everywhere else.
    JsonObject counters = admin.get("admin/progress-counters").json();
    assertTrue(counters.getInt("enrollments") >= 5, counters.toString());
    assertEquals(0, counters.getInt("mismatches"), counters.toString());
    assertEquals(403, halfWay.api.get("admin/progress-counters").status());

    // The files hold the same table as the JSON, with the filters and the time of extraction.
    Api.Reply csv = admin.get("reports/completion?groupBy=cohort&format=csv&" + filter, "text/csv");
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(csv.header("Content-Disposition").startsWith("attachment; filename=\"mmicd-"));
    String text = csv.body();
    assertTrue(text.startsWith("\uFEFF"), "a byte order mark for spreadsheets");
    List<String> lines = text.substring(1).lines().toList();
    assertTrue(lines.contains("filter cohort," + cohort), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("extractedAt,20")), lines.toString());
    int header =
        lines.indexOf(
            "cohort,cohortName,enrolled,started,completed,withdrawn,completionRate,certified,revoked");
    assertTrue(header > 0, lines.toString());
    String[] row = lines.get(header + 1).split(",");
    assertEquals(String.valueOf(cohort), row[0]);
    assertEquals(List.of("5", "2", "1", "1", "0.2", "1", "0"), List.of(row).subList(2, 9));

    byte[] xlsx = bytes("reports/completion?groupBy=cohort&format=xlsx&" + filter);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertEquals("Completion rate by cohort", rows.get(0).getCellText(1));
      assertTrue(
          rows.stream()
              .anyMatch(
                  r ->
                      r.getCellText(0).equals("filter cohort")
                          && r.getCellText(1).equals(String.valueOf(cohort))));
      Row data =
          rows.stream()
              .filter(r -> r.getCellText(0).equals(String.valueOf(cohort)))
              .findFirst()
              .orElseThrow();
      assertEquals(5, data.getCellAsNumber(2).orElseThrow().intValue());
      assertEquals(2, data.getCellAsNumber(3).orElseThrow().intValue());
      assertEquals(1, data.getCellAsNumber(4).orElseThrow().intValue());
      assertEquals(0.2, data.getCellAsNumber(6).orElseThrow().doubleValue(), 1e-9);
    }
  }

  /** Learners 403; the Nepal coordinator sees Nepal only; trainers their cohorts; admins all. */
  @Test
  void eachRoleSeesWhatItsScopeAllows() {
    Api learner = anonymous.newLearner("NP");
    assertEquals(403, learner.get("reports/completion").status());
    assertEquals(403, learner.get("reports/learners").status());

    Api nepal = anonymous.withBasic("coordinator-np@demo.mmicd.org", "mmicd-demo");
    JsonObject nepalByCountry = nepal.get("reports/completion?groupBy=country").json();
    assertEquals(
        Set.of("NP"),
        nepalByCountry.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
            .map(g -> g.getString("country"))
            .collect(Collectors.toSet()));
    assertTrue(nepalByCountry.getJsonArray("groups").getJsonObject(0).getInt("enrolled") > 0);
    Api.Reply ecuador = nepal.get("reports/completion?country=EC");
    assertEquals(403, ecuador.status());
    assertTrue(ecuador.contentType().startsWith("application/problem+json"));
    assertTrue(
        nepal
            .get("reports/learners?size=500")
            .json()
            .getJsonArray("learners")
            .getValuesAs(JsonObject.class)
            .stream()
            .allMatch(l -> "NP".equals(l.getString("country"))));
    long ecuadorCohort = demoCohort("Ecuador — GAD planners 2026");
    assertEquals(403, nepal.get("reports/funnel?cohort=" + ecuadorCohort).status());
    assertEquals(403, nepal.get("reports/quizzes/toolkit-health/attempts?country=EC").status());

    Api global = anonymous.withBasic("coordinator@demo.mmicd.org", "mmicd-demo");
    Set<String> everywhere =
        global
            .get("reports/completion?groupBy=country")
            .json()
            .getJsonArray("groups")
            .getValuesAs(JsonObject.class)
            .stream()
            .map(g -> g.getString("country", "none"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(everywhere.containsAll(Set.of("EC", "MG", "NP")), everywhere.toString());
    assertEquals(200, global.get("reports/funnel?cohort=" + ecuadorCohort).status());

    // A trainer sees the learners of the cohorts they lead, never the self-paced ones.
    Api trainer = anonymous.withBasic("trainer@demo.mmicd.org", "mmicd-demo");
    List<JsonObject> trainerCohorts =
        trainer
            .get("reports/completion?groupBy=cohort")
            .json()
            .getJsonArray("groups")
            .getValuesAs(JsonObject.class);
    assertTrue(!trainerCohorts.isEmpty());
    assertTrue(trainerCohorts.stream().noneMatch(g -> g.isNull("cohort")));

    // An admin makes a learner the coordinator of Madagascar: they see Madagascar only.
    String email = "it-coordinator-" + UUID.randomUUID() + "@example.org";
    assertEquals(
        201,
        anonymous
            .post(
                "accounts",
                "{\"email\":\""
                    + email
                    + "\",\"displayName\":\"Mamy Coordinator\",\"password\":\""
                    + PASSWORD
                    + "\",\"country\":\"MG\",\"language\":\"fr\"}")
            .status());
    Api madagascar = anonymous.withBasic(email, PASSWORD);
    assertEquals(403, madagascar.get("reports/completion").status());
    assertEquals(
        403,
        nepal.put("admin/coordinators/" + email + "/scope", "{\"countries\":[\"MG\"]}").status());
    Api.Reply assigned =
        admin.put("admin/coordinators/" + email + "/scope", "{\"countries\":[\"mg\"]}");
    assertEquals(200, assigned.status(), assigned.toString());
    assertEquals(List.of("MG"), List.of(assigned.json().getJsonArray("countries").getString(0)));
    JsonObject madagascarFigures = madagascar.get("reports/completion").json();
    assertTrue(
        madagascarFigures.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
            .allMatch(g -> "MG".equals(g.getString("country"))));
  }

  /** Cohorts on enrolment and on live sessions, and every bad parameter answered with a 400. */
  @Test
  void cohortsAreCheckedAndBadParametersAreRefused() {
    long nepalCohort = cohort("IT Nepal " + UUID.randomUUID(), "track-nepal", "NP", null);
    Learner ecuadorian = learner("EC");
    Api.Reply otherCountry =
        ecuadorian.api.post(
            "enrollments", "{\"courseId\":\"track-nepal\",\"cohortId\":" + nepalCohort + "}");
    assertEquals(403, otherCountry.status(), otherCountry.toString());
    Api.Reply otherCourse =
        ecuadorian.api.post(
            "enrollments", "{\"courseId\":\"mmicd-blended\",\"cohortId\":" + nepalCohort + "}");
    assertEquals(400, otherCourse.status(), otherCourse.toString());
    assertEquals(
        "cohortId", otherCourse.json().getJsonArray("errors").getJsonObject(0).getString("field"));

    String session =
        "{\"kind\":\"webinar\",\"title\":\"Cohort webinar\",\"startsAt\":\""
            + LocalDate.now(ZoneOffset.UTC).plusDays(40)
            + "T10:00\",\"timeZone\":\"Asia/Kathmandu\",\"durationMinutes\":60,\"capacity\":20,"
            + "\"joinUrl\":\"https://meet.example.org/cohort\",\"country\":\"NP\","
            + "\"moduleIds\":[\"country-nepal\"]%s}";
    Api.Reply forCohort = admin.post("sessions", session.formatted(",\"cohortId\":" + nepalCohort));
    assertEquals(201, forCohort.status(), forCohort.toString());
    assertEquals(nepalCohort, forCohort.json().getJsonNumber("cohortId").longValue());
    Api.Reply forEveryone = admin.post("sessions", session.formatted(""));
    assertEquals(201, forEveryone.status(), forEveryone.toString());
    assertTrue(
        !forEveryone.json().containsKey("cohortId") || forEveryone.json().isNull("cohortId"));
    assertEquals(
        400, admin.post("sessions", session.formatted(",\"cohortId\":999999999")).status());

    List<String> bad = new ArrayList<>();
    for (String query :
        List.of(
            "completion?groupBy=weather",
            "completion?groupBy=country,course,cohort",
            "completion?from=2026-02-30",
            "completion?from=2026-03-01&to=2026-02-01",
            "completion?country=Nepal",
            "completion?sector=space",
            "completion?cohort=abc",
            "completion?format=pdf",
            "completion?period=week",
            "funnel?inactiveDays=0",
            "learners?page=-1",
            "learners?size=100000",
            "learners?stage=graduated")) {
      Api.Reply reply = admin.get("reports/" + query);
      if (reply.status() != 400 || !reply.contentType().startsWith("application/problem+json")) {
        bad.add(query + " → " + reply);
      }
    }
    assertEquals(List.of(), bad);
    assertEquals(404, admin.get("reports/funnel?cohort=999999999").status());
    assertNull(admin.get("reports/completion").json().getJsonObject("filters").get("cohort"));
  }

  private long cohort(String name, String course, String country, String organisation) {
    Api.Reply created =
        admin.post(
            "cohorts",
            "{\"name\":\""
                + name
                + "\",\"courseId\":\""
                + course
                + "\",\"country\":\""
                + country
                + "\""
                + (organisation == null ? "" : ",\"organisation\":\"" + organisation + "\"")
                + ",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-12-31\","
                + "\"trainerEmails\":[\"trainer@demo.mmicd.org\"]}");
    assertEquals(201, created.status(), created.toString());
    return created.json().getJsonNumber("id").longValue();
  }

  private long demoCohort(String name) {
    return admin.get("cohorts").array().getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getString("name").equals(name))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private Learner learner(String country) {
    String email = "it-report-" + UUID.randomUUID() + "@example.org";
    Api.Reply reply =
        anonymous.post(
            "accounts",
            "{\"email\":\""
                + email
                + "\",\"displayName\":\"Report Learner\",\"password\":\""
                + PASSWORD
                + "\",\"country\":\""
                + country
                + "\",\"language\":\"en\"}");
    assertEquals(201, reply.status(), reply.toString());
    return new Learner(email, anonymous.withBasic(email, PASSWORD));
  }

  /** The XLSX bytes of a report, fetched as a script would. */
  private byte[] bytes(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(Platform.root().resolve("api/v1/" + path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            "root@mmicd.test:Root-password-1".getBytes(StandardCharsets.UTF_8)))
            .build();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"));
    return response.body();
  }

  /** A learner of the test and the client signed in as them. */
  private record Learner(String email, Api api) {

    long enrol(String course, long cohort) {
      Api.Reply reply =
          api.post("enrollments", "{\"courseId\":\"" + course + "\",\"cohortId\":" + cohort + "}");
      assertEquals(201, reply.status(), reply.toString());
      return reply.json().getJsonNumber("id").longValue();
    }

    /** Completes the first lessons of the course, in course order. */
    void complete(long enrollment, int lessons) {
      List<String> ids =
          api
              .get("enrollments/" + enrollment)
              .json()
              .getJsonArray("modules")
              .getValuesAs(JsonObject.class)
              .stream()
              .filter(m -> m.getBoolean("required"))
              .flatMap(m -> m.getJsonArray("lessons").getValuesAs(JsonObject.class).stream())
              .map(l -> l.getString("lessonId"))
              .toList();
      for (String lesson : ids.subList(0, lessons)) {
        Api.Reply reply =
            api.post(
                "enrollments/" + enrollment + "/progress",
                "{\"eventId\":\""
                    + UUID.randomUUID()
                    + "\",\"lessonId\":\""
                    + lesson
                    + "\",\"state\":\"completed\",\"secondsSpent\":120}");
        assertEquals(200, reply.status(), reply.toString());
      }
    }
  }
}
