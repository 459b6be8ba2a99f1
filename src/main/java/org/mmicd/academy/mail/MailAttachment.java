package org.mmicd.academy.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A file sent with a mail, such as a certificate PDF. */
@Embeddable
public class MailAttachment {

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  private byte[] content;

  protected MailAttachment() {}

  public MailAttachment(String fileName, String mediaType, byte[] content) {
    this.fileName = Objects.requireNonNull(fileName);
    this.mediaType = Objects.requireNonNull(mediaType);
    this.content = Objects.requireNonNull(content).clone();
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public byte[] content() {
    return content.clone();
  }

  public int size() {
    return content.length;
  }
}
