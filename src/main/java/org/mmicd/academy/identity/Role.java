package org.mmicd.academy.identity;

/** What a person may do. The names are the security role names used in @RolesAllowed. */
public enum Role {
  LEARNER,
  TRAINER,
  COORDINATOR,
  ADMIN;

  public static final String LEARNER_NAME = "LEARNER";
  public static final String TRAINER_NAME = "TRAINER";
  public static final String COORDINATOR_NAME = "COORDINATOR";
  public static final String ADMIN_NAME = "ADMIN";
}
