/*
 * Nepali for PrimeFaces' own words (calendars, lists, tables). PrimeFaces ships no Nepali locale,
 * so without this file every Nepali page asked for one and got a 404. Words not given here stay
 * PrimeFaces' English.
 */
if (window.PrimeFaces && PrimeFaces.locales) {
  PrimeFaces.locales["ne"] = Object.assign({}, PrimeFaces.locales["en_US"] || PrimeFaces.locales["en"] || {}, {
    accept: "हो",
    reject: "होइन",
    apply: "लागू गर्नुहोस्",
    cancel: "रद्द गर्नुहोस्",
    choose: "छान्नुहोस्",
    chooseDate: "मिति छान्नुहोस्",
    chooseMonth: "महिना छान्नुहोस्",
    chooseYear: "वर्ष छान्नुहोस्",
    clear: "खाली गर्नुहोस्",
    completed: "सकिएको",
    pending: "बाँकी",
    dayNames: ["आइतबार", "सोमबार", "मङ्गलबार", "बुधबार", "बिहीबार", "शुक्रबार", "शनिबार"],
    dayNamesShort: ["आइत", "सोम", "मङ्गल", "बुध", "बिही", "शुक्र", "शनि"],
    dayNamesMin: ["आ", "सो", "मं", "बु", "बि", "शु", "श"],
    monthNames: ["जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन", "जुलाई", "अगस्ट", "सेप्टेम्बर", "अक्टोबर", "नोभेम्बर", "डिसेम्बर"],
    monthNamesShort: ["जन", "फेब", "मार्च", "अप्रि", "मे", "जुन", "जुला", "अग", "सेप्ट", "अक्टो", "नोभे", "डिसे"],
    emptyFilterMessage: "केही भेटिएन",
    emptyMessage: "छान्ने विकल्प छैन",
    emptySearchMessage: "केही भेटिएन",
    filter: "छान्नुहोस्",
    firstDayOfWeek: 0,
    now: "अहिले",
    today: "आज",
    nextMonth: "अर्को महिना",
    prevMonth: "अघिल्लो महिना",
    nextYear: "अर्को वर्ष",
    prevYear: "अघिल्लो वर्ष",
    weekHeader: "हप्ता"
  });
}
