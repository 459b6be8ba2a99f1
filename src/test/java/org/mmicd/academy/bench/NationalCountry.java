package org.mmicd.academy.bench;

import java.time.ZoneId;
import java.util.List;

/**
 * A country of the national data set: the three pilot countries, each with its country track and
 * the toolkits in focus there, and ten others whose officials take the core course.
 */
record NationalCountry(
    String code,
    String name,
    ZoneId zone,
    String languages,
    String language,
    String trackId,
    List<String> focusModules,
    List<String> firstNames,
    List<String> lastNames,
    List<String> organisations,
    List<String> venues) {

  NationalCountry {
    focusModules = List.copyOf(focusModules);
    firstNames = List.copyOf(firstNames);
    lastNames = List.copyOf(lastNames);
    organisations = List.copyOf(organisations);
    venues = List.copyOf(venues);
  }

  boolean pilot() {
    return trackId != null;
  }

  static final List<NationalCountry> PILOTS =
      List.of(
          new NationalCountry(
              "EC",
              "Ecuador",
              ZoneId.of("America/Guayaquil"),
              "es",
              "es",
              "track-ecuador",
              List.of("toolkit-governance", "toolkit-urban-development"),
              List.of(
                  "María",
                  "José",
                  "Lucía",
                  "Diego",
                  "Andrés",
                  "Gabriela",
                  "Fernando",
                  "Paola",
                  "Jorge",
                  "Verónica",
                  "Santiago",
                  "Daniela"),
              List.of(
                  "Quishpe",
                  "Andrade",
                  "Cevallos",
                  "Paredes",
                  "Yánez",
                  "Salazar",
                  "Guamán",
                  "Villacís",
                  "Torres",
                  "Chimbo",
                  "Núñez",
                  "Ortiz"),
              List.of(
                  "GAD Municipal de Quito",
                  "GAD Municipal de Cuenca",
                  "GAD Municipal de Guayaquil",
                  "GAD Provincial de Manabí",
                  "GAD Provincial de Imbabura",
                  "Ministerio de Relaciones Exteriores y Movilidad Humana",
                  "Secretaría Nacional de Planificación"),
              List.of(
                  "Hotel Quito, Quito", "Casa de la Cultura, Cuenca", "Hotel Oro Verde, Manta")),
          new NationalCountry(
              "NP",
              "Nepal",
              ZoneId.of("Asia/Kathmandu"),
              "ne,en",
              "en",
              "track-nepal",
              List.of("toolkit-employment", "toolkit-health"),
              List.of(
                  "Sita",
                  "Ram",
                  "Anjali",
                  "Bishnu",
                  "Sunita",
                  "Prakash",
                  "Kamala",
                  "Dipendra",
                  "Gita",
                  "Hari",
                  "Laxmi",
                  "Suman"),
              List.of(
                  "Gurung",
                  "Thapa",
                  "Shrestha",
                  "Adhikari",
                  "Tamang",
                  "Khadka",
                  "Rai",
                  "Magar",
                  "Sharma",
                  "Poudel",
                  "Karki",
                  "Bhattarai"),
              List.of(
                  "Ministry of Labour, Employment and Social Security",
                  "Ministry of Health and Population",
                  "Kathmandu Metropolitan City",
                  "Pokhara Metropolitan City",
                  "Koshi Province Government",
                  "Madhesh Province Government",
                  "Sudurpashchim Province Government"),
              List.of(
                  "Hotel Annapurna, Kathmandu",
                  "Provincial Training Centre, Pokhara",
                  "Hotel Siddhartha, Biratnagar")),
          new NationalCountry(
              "MG",
              "Madagascar",
              ZoneId.of("Indian/Antananarivo"),
              "fr,mg",
              "fr",
              "track-madagascar",
              List.of("toolkit-urban-development", "toolkit-rural-development"),
              List.of(
                  "Hery",
                  "Voahangy",
                  "Tiana",
                  "Fanja",
                  "Andry",
                  "Lalao",
                  "Mamy",
                  "Nirina",
                  "Haingo",
                  "Rivo",
                  "Soa",
                  "Tojo"),
              List.of(
                  "Rakotomalala",
                  "Rasoanaivo",
                  "Randriamanana",
                  "Razafindrabe",
                  "Rabemananjara",
                  "Ravelojaona",
                  "Andrianarisoa",
                  "Rakotoarisoa",
                  "Rasolofo",
                  "Randrianasolo",
                  "Raharison",
                  "Ramanantsoa"),
              List.of(
                  "Ministère de l'Agriculture, de l'Élevage et de la Pêche",
                  "Ministère de la Décentralisation et de l'Aménagement du Territoire",
                  "Commune Urbaine d'Antananarivo",
                  "Commune Urbaine de Toamasina",
                  "Région Analamanga",
                  "Région Atsinanana",
                  "Région Vakinankaratra"),
              List.of(
                  "Hôtel Carlton, Antananarivo",
                  "Centre de formation, Toamasina",
                  "Hôtel Les Bougainvilliers, Antsirabe")));

  /** Nepali names as many officials write them, for certificates in Devanagari. */
  static final List<String> NEPALI_NAMES =
      List.of(
          "सीता शर्मा",
          "राम बहादुर थापा",
          "अञ्जली श्रेष्ठ",
          "विष्णु अधिकारी",
          "सुनिता तामाङ",
          "प्रकाश खड्का",
          "कमला राई",
          "गीता पौडेल");

  static final List<NationalCountry> OTHERS =
      List.of(
          other(
              "PH", "Philippines", "Asia/Manila", "en,fil", "en", "Department of Migrant Workers"),
          other("MZ", "Mozambique", "Africa/Maputo", "pt", "en", "Ministry of Labour"),
          other("BE", "Belgium", "Europe/Brussels", "fr,nl,de", "fr", "Enabel"),
          other("SN", "Senegal", "Africa/Dakar", "fr", "fr", "Ministère de l'Intérieur"),
          other("KE", "Kenya", "Africa/Nairobi", "en,sw", "en", "State Department for Diaspora"),
          other("GT", "Guatemala", "America/Guatemala", "es", "es", "Ministerio de Desarrollo"),
          other("BD", "Bangladesh", "Asia/Dhaka", "bn,en", "en", "Ministry of Expatriates"),
          other("MA", "Morocco", "Africa/Casablanca", "ar,fr", "fr", "Ministère des MRE"),
          other("CO", "Colombia", "America/Bogota", "es", "es", "Cancillería de Colombia"),
          other("GH", "Ghana", "Africa/Accra", "en", "en", "Ghana Immigration Service"));

  private static NationalCountry other(
      String code,
      String name,
      String zone,
      String languages,
      String language,
      String organisation) {
    List<String> first =
        switch (language) {
          case "es" -> List.of("Ana", "Carlos", "Lucía", "Mateo", "Sofía", "Javier");
          case "fr" -> List.of("Awa", "Moussa", "Claire", "Youssef", "Fatou", "Luc");
          default -> List.of("Grace", "John", "Amina", "David", "Joy", "Samuel");
        };
    List<String> last =
        switch (language) {
          case "es" -> List.of("García", "López", "Martínez", "Rodríguez", "Pérez", "Gómez");
          case "fr" -> List.of("Diop", "Ndiaye", "Dubois", "El Amrani", "Fall", "Martin");
          default -> List.of("Mensah", "Otieno", "Santos", "Rahman", "Cruz", "Banda");
        };
    return new NationalCountry(
        code,
        name,
        ZoneId.of(zone),
        languages,
        language,
        null,
        List.of(),
        first,
        last,
        List.of(organisation, "Ministry of Foreign Affairs", "National Statistics Office"),
        List.of());
  }

  static final List<NationalCountry> ALL =
      java.util.stream.Stream.concat(PILOTS.stream(), OTHERS.stream()).toList();
}
