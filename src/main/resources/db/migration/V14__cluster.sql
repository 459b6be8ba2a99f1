-- Issue 16, several instances on one database. Runs on H2 (MODE=PostgreSQL) and PostgreSQL alike.

-- A scheduled job runs once per due time across the instances: each instance's timer tries to
-- insert the (job, due time) row before it runs, and only the one whose insert wins runs the job.
CREATE TABLE job_run (
  job        VARCHAR(60)  NOT NULL,
  due_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  instance   VARCHAR(100) NOT NULL,
  started_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT job_run_pk PRIMARY KEY (job, due_at)
);

-- What each instance keeps in memory from the database (the catalogue in EclipseLink's shared
-- cache) has a version here: a change counts it up in its own transaction, and every instance that
-- sees a new number drops what it kept.
CREATE TABLE cache_version (
  cache   VARCHAR(40) NOT NULL,
  version BIGINT      NOT NULL,
  CONSTRAINT cache_version_pk PRIMARY KEY (cache)
);
INSERT INTO cache_version (cache, version) VALUES ('catalog', 0);
