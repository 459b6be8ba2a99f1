package org.mmicd.academy.learning;

public enum EnrollmentStatus {
  ACTIVE,
  COMPLETED,
  WITHDRAWN
}
