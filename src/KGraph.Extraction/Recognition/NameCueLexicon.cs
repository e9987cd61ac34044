namespace KGraph.Extraction.Recognition;

/// <summary>The data of Rules/names.yaml (see the comments there).</summary>
internal sealed class NameCueLexicon
{
    public Dictionary<string, List<string>> Contexts { get; set; } = [];
    public List<KnownNameGroup> Known { get; set; } = [];
    public List<string> TeamCuesAfter { get; set; } = [];
    public List<string> TeamCuesBefore { get; set; } = [];
    public List<string> TeamStopwords { get; set; } = [];
    public List<string> CompanyCuesAfter { get; set; } = [];
    public List<string> CompanyCuesBefore { get; set; } = [];
    public List<string> AddressFormsZh { get; set; } = [];
    public List<string> BranchWordsZh { get; set; } = [];
    public List<string> SquadFollowersZh { get; set; } = [];
    public List<string> GameCuesAfter { get; set; } = [];
    public List<string> PlaceWordsZh { get; set; } = [];
    public List<string> PlaceEndingsZh { get; set; } = [];
    public List<string> PersonCuesBefore { get; set; } = [];
    public List<string> PersonCuesAfter { get; set; } = [];
    public List<string> BylineCuesZh { get; set; } = [];
    public List<string> InstitutionSuffixesZh { get; set; } = [];
    public List<string> CompanySuffixesZh { get; set; } = [];
    public List<string> DepartmentWordsZh { get; set; } = [];
    public List<string> PersonTitlesZh { get; set; } = [];
}

/// <summary>Organisation names of one kind; with a <see cref="Context"/>, only taken in a sentence holding one of that context's cue words.</summary>
internal sealed class KnownNameGroup
{
    public string Group { get; set; } = "";
    public string? Context { get; set; }
    /// <summary>A context these names themselves signal: 阿森纳 in a sentence makes it about football.</summary>
    public string? Signals { get; set; }
    public List<string> Names { get; set; } = [];
    /// <summary>
    /// Lengths at which Chinese names of this group are also cut short (sports lottery tables print 多特蒙 for
    /// 多特蒙德): the first N characters of every longer name, taken only in the group's own context or the one it signals.
    /// </summary>
    public List<int> ShortForms { get; set; } = [];
}
