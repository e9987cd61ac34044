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
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

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

    /// <summary>A date on its own (2001年3月, March 2001, 2001) as a partial date.</summary>
    public static PartialDate? Parse(string text) =>
        Find(text, null) ?? (text.Trim() is { Length: 4 } year && int.TryParse(year, out var y) && y is >= 1000 and <= 2999 ? new PartialDate(y) : null);

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

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:(?<y>\d{4})\s*年|(?<rel>去年|前年|今年|明年))?\s*(?:(?<m>\d{1,2})\s*月)(?:\s*(?<d>\d{1,2})\s*[日号])?|(?<y>\d{4})\s*年")]
    private static partial Regex ChineseDate();

    [GeneratedRegex(@"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<d>\d{1,2})\b)?(?:,?\s+(?<y>\d{4}))?")]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"\b(?:in|since|from)\s+(?<y>(?:19|20)\d{2})\b")]
    private static partial Regex EnglishYear();
}
