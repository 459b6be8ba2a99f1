/**
 * Who attended a live session: the trainer's roll call, meeting reports from Zoom and Teams read as
 * their tools write them, participants matched to accounts, stretches tallied against the session's
 * threshold, and the attendance page and API. Uses the sessions ({@code webinars}), identity,
 * learning (cohorts) and platform; tells features above it through {@link AttendanceChanged}.
 */
package org.mmicd.academy.webinars.attendance;
