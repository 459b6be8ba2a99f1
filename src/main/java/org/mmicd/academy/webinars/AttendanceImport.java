package org.mmicd.academy.webinars;

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

  void record(int rows, int newRows, int matched, int unmatched, List<String> problems) {
    this.rowCount = rows;
    this.newRowCount = newRows;
    this.matchedCount = matched;
    this.unmatchedCount = unmatched;
    this.problems = problems.isEmpty() ? null : String.join("\n", problems);
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

  public List<String> problems() {
    return problems == null ? List.of() : Arrays.asList(problems.split("\n"));
  }
}
