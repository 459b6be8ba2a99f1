package org.mmicd.academy.webinars.attendance;

import java.util.Set;

/**
 * The columns of a participants' table that attendance is read from, each with the names meeting
 * tools give it in English, Spanish, French and German, as {@link ReportTable#normalise} writes
 * them (lower case, no accents, no bracketed notes, no punctuation).
 */
enum ReportColumn {
  NAME(
      "name",
      "full name",
      "participant",
      "participant name",
      "display name",
      "user name",
      "attendee name",
      "nombre",
      "nombre completo",
      "nombre del participante",
      "nom",
      "nom complet",
      "nom du participant",
      "vollstandiger name",
      "teilnehmername",
      "anzeigename",
      "benutzername"),
  EMAIL(
      "email",
      "e mail",
      "user email",
      "email address",
      "e mail address",
      "attendee email",
      "correo",
      "correo electronico",
      "adresse e mail",
      "adresse electronique",
      "courriel",
      "e mail adresse"),
  UPN(
      "participant id",
      "upn",
      "user principal name",
      "id de participante",
      "id du participant",
      "teilnehmer id"),
  JOIN(
      "join time",
      "join",
      "joined",
      "first join",
      "first join time",
      "hora de union",
      "hora de entrada",
      "primera union",
      "heure d arrivee",
      "heure de connexion",
      "premiere arrivee",
      "premiere connexion",
      "erster beitritt",
      "beitrittszeit",
      "beitrittszeitpunkt",
      "zeitpunkt des beitritts"),
  LEAVE(
      "leave time",
      "leave",
      "left",
      "last leave",
      "last leave time",
      "hora de salida",
      "ultima salida",
      "heure de depart",
      "heure de deconnexion",
      "dernier depart",
      "derniere deconnexion",
      "letztes verlassen",
      "verlassenszeit",
      "zeitpunkt des verlassens",
      "austrittszeit"),
  DURATION(
      "duration",
      "total duration",
      "in meeting duration",
      "attendance duration",
      "time in session",
      "time in meeting",
      "duracion",
      "duracion total",
      "duracion en la reunion",
      "duree",
      "duree totale",
      "duree dans la reunion",
      "dauer",
      "gesamtdauer",
      "dauer in der besprechung",
      "besprechungsdauer"),
  /** Zoom webinars: whether a registrant came. */
  ATTENDED("attended", "asistio", "a participe", "teilgenommen"),
  /** Teams' older attendance list: joined or left. */
  ACTION(
      "user action",
      "action",
      "accion del usuario",
      "accion",
      "action de l utilisateur",
      "benutzeraktion",
      "aktion"),
  TIMESTAMP("timestamp", "marca de tiempo", "marca de hora", "horodatage", "zeitstempel");

  private final Set<String> names;

  ReportColumn(String... names) {
    this.names = Set.of(names);
  }

  boolean named(String normalisedHeader) {
    return names.contains(normalisedHeader);
  }
}
