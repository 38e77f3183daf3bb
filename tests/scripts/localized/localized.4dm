// Localized string and the XLIFF files of Resources/ (en.lproj, fr.lproj,
// fr_ca.lproj, and Common.xlf at its first level); language types from
// get-database-localization.md.
var $FRvalue; $root : Text

// localized-string.md: with French as the current language
SET DATABASE LOCALIZATION("fr")
out("OK="+String(OK)+" "+Get database localization(Current localization))  // OK=1 fr
$FRvalue:=Localized string("Show on disk")
out($FRvalue+" OK="+String(OK))  // Montrer sur le disque OK=1

// set-database-localization.md example 2: fr, then fr-ca
SET DATABASE LOCALIZATION("fr")
out(Localized string("Shopping"))  // Faire les courses
SET DATABASE LOCALIZATION("fr-ca")
out(Localized string("Shopping"))  // Magasiner
out(Get database localization(Current localization))  // fr-ca
// fr-ca lacks "Show on disk": fr (the language without region) has it
out(Localized string("Show on disk"))  // Montrer sur le disque
// then the default language, the first .lproj folder (en), Resources/
out(Localized string("onlyEnglish"))  // Only in English
out(Localized string("common"))  // In every language

// not found: "" and OK = 0; resnames are exact (diacritical, case)
out("["+Localized string("Nothing")+"] OK="+String(OK))  // [] OK=0
out("["+Localized string("shopping")+"] OK="+String(OK))  // [] OK=0

// entities are decoded; a unit without target gives its source
SET DATABASE LOCALIZATION("fr")
out(Localized string("escaped"))  // Poisson & frites <3 été
out(Localized string("untranslated"))  // Not translated yet

// English
SET DATABASE LOCALIZATION("en")
out(Localized string("Shopping")+" / "+Localized string("Show on disk"))  // Shopping / Show on disk
// a language without folder: the default language's folder, then the first one
SET DATABASE LOCALIZATION("de")
out(String(Localized string("onlyEnglish")="Only in English"))  // True

// former name: Get localized string
SET DATABASE LOCALIZATION("fr")
out(Get localized string("Shopping"))  // Faire les courses

// Localized document path: current language, then the others, then Resources/
$root:=Get 4D folder(Database folder)
out(Replace string(Localized document path("log.txt"); $root; ""))  // Resources/fr.lproj/log.txt
SET DATABASE LOCALIZATION("en")
out(Replace string(Localized document path("log.txt"); $root; ""))  // Resources/en.lproj/log.txt
out(Replace string(Localized document path("readme.txt"); $root; ""))  // Resources/readme.txt
out("["+Localized document path("missing.txt")+"]")  // []

// the default language is one of the project's languages
out(String(Position(Get database localization; "en fr fr-ca")>0))  // True
out(Get database localization(Internal 4D localization))  // en

// an invalid language code: OK = 0
SET DATABASE LOCALIZATION("")
out("OK="+String(OK))  // OK=0
