namespace KGraph.Extraction.Recognition;

/// <summary>
/// Drops candidates that name no one: persons and organisations inside a title in 《》 (a book, film or
/// game is named), a surname with a form of address (江先生, 张总), which news uses for someone it does
/// not name, and a Latin name before a game cue (某某项目, 某某战队: a game or a player's handle).
/// </summary>
internal sealed class PersonNameFilter(NameCueLexicon names, RecognitionLexicon lexicon)
{
    private readonly string[] _addressForms = [.. names.AddressFormsZh];
    private readonly HashSet<string> _surnames = new(lexicon.CommonSurnames, StringComparer.Ordinal);
    private readonly string[] _gameCues = [.. names.GameCuesAfter];

    public List<MentionCandidate> Apply(string text, int from, int to, List<MentionCandidate> chosen) =>
        [.. chosen.Where(c => c.KnownId is not null || c.Type is not (EntityTypes.Person or EntityTypes.Organization) || !Rejected(text, from, to, c))];

    private bool Rejected(string text, int from, int to, MentionCandidate c) =>
        InsideTitle(text, from, to, c)
        || (c.Type == EntityTypes.Person && IsAddress(c.Name))
        || (c.Name.All(char.IsAscii) && _gameCues.Any(g => string.CompareOrdinal(text, c.End, g, 0, g.Length) == 0));

    /// <summary>Inside 《…》: the nearest brackets around are 《 and 》, or one of them where the text is cut short.</summary>
    private static bool InsideTitle(string text, int from, int to, MentionCandidate c)
    {
        var before = text.AsSpan(from, c.Start - from).LastIndexOfAny('《', '》');
        var after = text.AsSpan(c.End, to - c.End).IndexOfAny('《', '》');
        var opened = before >= 0 && text[from + before] == '《';
        var closed = after >= 0 && text[c.End + after] == '》';
        return (opened && (closed || after < 0)) || (before < 0 && closed);
    }

    private bool IsAddress(string name)
    {
        foreach (var form in _addressForms)
        {
            if (!name.EndsWith(form, StringComparison.Ordinal)) continue;
            var surname = name[..^form.Length];
            if (_surnames.Contains(surname)) return true;
        }
        return false;
    }
}
