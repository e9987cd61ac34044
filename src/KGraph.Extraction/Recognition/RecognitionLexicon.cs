namespace KGraph.Extraction.Recognition;

/// <summary>The word lists of Rules/lexicon.yaml (see the comments there).</summary>
internal sealed class RecognitionLexicon
{
    public List<string> OrgSuffixesZh { get; set; } = [];
    public List<string> OrgSuffixesZhWeak { get; set; } = [];
    public List<string> OrgNameStopwordsZh { get; set; } = [];
    public List<string> OrgSuffixesEn { get; set; } = [];
    public List<string> OrgCuesZh { get; set; } = [];
    public List<string> ProductCuesZh { get; set; } = [];
    public List<string> PersonTitlesEn { get; set; } = [];
    public List<string> LatinStopwords { get; set; } = [];
    public List<string> LatinNameOpeners { get; set; } = [];
    public List<string> LatinDemonyms { get; set; } = [];
    public List<string> GivenNamesEn { get; set; } = [];
    public List<string> PersonStopwordsZh { get; set; } = [];
    public List<string> Places { get; set; } = [];
    public List<string> NtEndings { get; set; } = [];
    public List<string> NsEndings { get; set; } = [];
    public List<string> CommonSurnames { get; set; } = [];
    public List<string> ModifierFollowersZh { get; set; } = [];
    public List<string> OrgRoleCuesZh { get; set; } = [];
    public List<string> PersonTitleCuesZh { get; set; } = [];
    public List<string> TitleDepartmentsZh { get; set; } = [];
    public List<string> GluedWordStartsZh { get; set; } = [];
    public List<string> OrgOfHeadsEn { get; set; } = [];
    public List<string> HonorificsZh { get; set; } = [];
    public List<string> NameFollowersZh { get; set; } = [];
    public int PersonMaxDictionaryFrequency { get; set; } = 100;
    public int CommonOpeningMinFrequency { get; set; } = 100;
    public List<string> NonNameEndingsZh { get; set; } = [];
    public List<string> GenericOrgWordsZh { get; set; } = [];
    public List<string> OrgLegalFormsZh { get; set; } = [];
    public List<string> OrgLegalEndingsZh { get; set; } = [];
    public List<string> OrgLegalFormsEn { get; set; } = [];
    public List<string> PlaceLevelsZh { get; set; } = [];
    public List<string> VersusWords { get; set; } = [];
    public List<string> OrgTradeWordsZh { get; set; } = [];
    public List<string> OrgStrongSuffixesZh { get; set; } = [];
    public List<string> OrgFoundingCuesZh { get; set; } = [];
    public List<string> LegalNameBoundariesZh { get; set; } = [];
    public List<string> FoundingVerbsZh { get; set; } = [];
    public List<string> NtBadStartsZh { get; set; } = [];
    public List<string> GivenNameStopCharsZh { get; set; } = [];
    public List<string> AmbiguousSurnamesZh { get; set; } = [];
    public List<string> TransliterationCharsZh { get; set; } = [];
    public List<string> NameSeparatorsZh { get; set; } = [];
    public PronounLexicon PronounsZh { get; set; } = new();
    public PronounLexicon PronounsEn { get; set; } = new();
}
