package org.mmicd.academy.webinars.attendance;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.mmicd.academy.identity.Person;
import org.mmicd.academy.webinars.LiveSession;

/** One attendance report file imported for a session; the same file again is recognised. */
@Entity
@Table(name = "attendance_import")
@Cacheable(false)
public class AttendanceImport {

  @Id
  @SequenceGenerator(
      name = "attendance_import_seq",
      sequenceName = "attendance_import_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_import_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  private LiveSession session;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "file_sha256")
  private String fileSha256;

  @Column(name = "time_zone")
  private String timeZone;

  @Column(name = "imported_at")
  private Instant importedAt;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "imported_by")
  private Person importedBy;

  @Column(name = "row_count")
  private int rowCount;

  @Column(name = "new_row_count")
  private int newRowCount;

  @Column(name = "matched_count")
  private int matchedCount;

  @Column(name = "unmatched_count")
  private int unmatchedCount;

  private String problems;

  private String layout;

  @Column(name = "date_pattern")
  private String datePattern;

  @Column(name = "date_example")
  private String dateExample;

  @Column(name = "absent_count")
  private int absentCount;

  protected AttendanceImport() {}

  AttendanceImport(
      LiveSession session,
      String fileName,
      String fileSha256,
      String timeZone,
      Instant importedAt,
      Person importedBy) {
    this.session = session;
    this.fileName = fileName;
    this.fileSha256 = fileSha256;
    this.timeZone = timeZone;
    this.importedAt = importedAt;
    this.importedBy = importedBy;
  }

  /** How the file was read: its layout, its dates' pattern, its absentees and its problems. */
  void read(AttendanceReport report) {
    this.layout = report.layout().orElse(null);
    this.datePattern = report.datePattern().orElse(null);
    this.dateExample =
        report.dateExample().map(e -> e.length() > 80 ? e.substring(0, 80) : e).orElse(null);
    this.absentCount = report.absent();
    this.problems =
        report.problems().isEmpty()
            ? null
            : String.join(
                "\n", report.problems().stream().map(AttendanceReport.Problem::encode).toList());
  }

  void record(int rows, int newRows, int matched, int unmatched) {
    this.rowCount = rows;
    this.newRowCount = newRows;
    this.matchedCount = matched;
    this.unmatchedCount = unmatched;
  }

  public Long id() {
    return id;
  }

  public String fileName() {
    return fileName;
  }

  public String fileSha256() {
    return fileSha256;
  }

  public String timeZone() {
    return timeZone;
  }

  public Instant importedAt() {
    return importedAt;
  }

  public Person importedBy() {
    return importedBy;
  }

  public int rowCount() {
    return rowCount;
  }

  public int newRowCount() {
    return newRowCount;
  }

  public int matchedCount() {
    return matchedCount;
  }

  public int unmatchedCount() {
    return unmatchedCount;
  }

  /** The rows that could not be read, each with its reason as a message key. */
  public List<AttendanceReport.Problem> problems() {
    return problems == null
        ? List.of()
        : Arrays.stream(problems.split("\n")).map(AttendanceReport.Problem::decode).toList();
  }

  /** The layout read ({@code zoom-webinar}...), null for imports made before layouts were named. */
  public String layout() {
    return layout;
  }

  public String datePattern() {
    return datePattern;
  }

  public String dateExample() {
    return dateExample;
  }

  public int absentCount() {
    return absentCount;
  }
}
