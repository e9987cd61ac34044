using System.Globalization;
using System.Text.RegularExpressions;
using KGraph.Model;

namespace KGraph.Extraction.Relations;

/// <summary>
/// Dates written in a clause: 2024年3月14日, 2024年3月, 2024年, 3月14日 (the year taken from the
/// article's date; 去年/前年/明年 count from it), March 14, 2024, March 2024, in 2015.
/// </summary>
public static partial class DateFinder
{
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"];

    public static PartialDate? Find(ReadOnlySpan<char> clause, PartialDate? published)
    {
        var text = clause.ToString();
        var zh = ChineseDate().Match(text);
        if (zh.Success)
        {
            int? year = zh.Groups["y"].Success ? Int(zh.Groups["y"].Value) : published?.Year + RelativeYear(zh.Groups["rel"].Value);
            int? month = zh.Groups["m"].Success ? Int(zh.Groups["m"].Value) : null;
            int? day = zh.Groups["d"].Success && month is not null ? Int(zh.Groups["d"].Value) : null;
            return Make(year, month, day);
        }
        var en = EnglishDate().Match(text);
        if (en.Success)
        {
            var month = Array.IndexOf(Months, en.Groups["m"].Value) + 1;
            int? year = en.Groups["y"].Success ? Int(en.Groups["y"].Value) : published?.Year;
            int? day = en.Groups["d"].Success ? Int(en.Groups["d"].Value) : null;
            return Make(year, month, day);
        }
        var yearOnly = EnglishYear().Match(text);
        return yearOnly.Success ? Make(Int(yearOnly.Groups["y"].Value), null, null) : null;
    }

    /// <summary>
    /// Every date with a year written in text[start..end), in order and not overlapping: 2001年3月5日, 去年11月,
    /// 20160418, 2000-11-23, March 5, 2001, and a bare year (1998) on its own.
    /// </summary>
    public static List<(int Start, int End, PartialDate Date)> Mentions(string text, int start, int end, PartialDate? published)
    {
        var found = new List<(int Start, int End, PartialDate Date)>();
        var slice = text[start..end];
        foreach (Match m in ChineseDate().Matches(slice))
        {
            int? year = m.Groups["y"].Success ? Int(m.Groups["y"].Value)
                : m.Groups["rel"].Success ? published?.Year + RelativeYear(m.Groups["rel"].Value) : null;
            int? month = m.Groups["m"].Success ? Int(m.Groups["m"].Value) : null;
            int? day = m.Groups["d"].Success && month is not null ? Int(m.Groups["d"].Value) : null;
            Add(m, Make(year, month, day));
        }
        foreach (Match m in CompactDate().Matches(slice)) Add(m, Make(Int(m.Groups["y"].Value), Int(m.Groups["m"].Value), Int(m.Groups["d"].Value)));
        foreach (Match m in EnglishDate().Matches(slice))
            if (m.Groups["y"].Success) Add(m,
                Make(Int(m.Groups["y"].Value), Array.IndexOf(Months, m.Groups["m"].Value) + 1, m.Groups["d"].Success ? Int(m.Groups["d"].Value) : null));
        foreach (Match m in BareYear().Matches(slice)) Add(m, Make(Int(m.Groups["y"].Value), null, null));
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;

        void Add(Match m, PartialDate? date)
        {
            var (s, e) = (start + m.Index, start + m.Index + m.Length);
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (date is null || found.Exists(f => f.Start < e && s < f.End)) return;
            found.Add((s, e, date.Value));
        }
    }

    /// <summary>A date on its own (2001年3月, March 2001, 2001) as a partial date.</summary>
    public static PartialDate? Parse(string text)
    {
        // 2000-11-23, as company registers write it.
        if (IsoDate().Match(text) is { Success: true } iso) return Make(Int(iso.Groups["y"].Value), Int(iso.Groups["m"].Value), Int(iso.Groups["d"].Value));
        if (CompactDate().Match(text.Trim()) is { Success: true } compact && compact.Length == text.Trim().Length)
            return Make(Int(compact.Groups["y"].Value), Int(compact.Groups["m"].Value), Int(compact.Groups["d"].Value));
        return Find(text, null) ?? (text.Trim() is { Length: 4 } year && int.TryParse(year, out var y) && y is >= 1000 and <= 2999 ? new PartialDate(y) : null);
    }

    private static PartialDate? Make(int? year, int? month, int? day)
    {
        if (year is null or < 1000 or > 2999 || month is < 1 or > 12) return null;
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year.Value, month.Value))) day = null;
        return new PartialDate(year.Value, month, day);
    }

    /// <summary>去年11月 in an article of 2024 is 2023-11: years counted from the article's date.</summary>
    private static int RelativeYear(string word) => word switch
    {
        "去年" => -1,
        "前年" => -2,
        "明年" => 1,
        _ => 0,
    };

    /// <summary>\d matches every script's digits (full-width ６ too): read each by its numeric value. At most 4 digits reach here.</summary>
    private static int Int(string digits)
    {
        var value = 0;
        foreach (var c in digits) value = value * 10 + (int)char.GetNumericValue(c);
        return value;
    }

    [GeneratedRegex(@"(?:(?<y>\d{4})\s*年|(?<rel>去年|前年|今年|明年))?\s*(?:(?<m>\d{1,2})\s*月)(?:\s*(?<d>\d{1,2})\s*[日号])?|(?<y>\d{4})\s*年")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"^\s*(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\s*$")]
    private static partial Regex IsoDate();

    /// <summary>Registers write 20160418 and 2016-04-18.</summary>
    [GeneratedRegex(@"(?<!\d)(?<y>(?:1[6-9]|20)\d{2})-?(?<m>0[1-9]|1[0-2])-?(?<d>0[1-9]|[12]\d|3[01])(?!\d)")]
    private static partial Regex CompactDate();

    [GeneratedRegex(@"(?<!\d|\d[.,])(?<y>1[5-9]\d{2}|20\d{2})(?!\d|%|[.,]\d)")]
    private static partial Regex BareYear();

    [GeneratedRegex(@"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December)" +
        @"(?:\s+(?<d>\d{1,2})\b)?(?:,?\s+(?<y>\d{4}))?")]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"\b(?:in|since|from)\s+(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex EnglishYear();
}
