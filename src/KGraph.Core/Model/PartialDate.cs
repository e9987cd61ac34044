using System.Globalization;

namespace KGraph.Model;

/// <summary>A calendar date that may be known only to the year or month: 2024, 2024-03, 2024-03-18.</summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null) : IComparable<PartialDate>
{
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(text)) return false;
        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || !TryDigits(parts[0], out var year)) return false;
        int? month = null, day = null;
        if (parts.Length >= 2)
        {
            if (parts[1].Length != 2 || !TryDigits(parts[1], out var m) || m is < 1 or > 12) return false;
            month = m;
        }
        if (parts.Length == 3)
        {
            if (parts[2].Length != 2 || !TryDigits(parts[2], out var d) || d < 1
                || d > DateTime.DaysInMonth(year == 0 ? 2000 : year, month!.Value)) return false;
            day = d;
        }
        date = new PartialDate(year, month, day);
        return true;
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");

    /// <summary>The first day the date can stand for (2024-03 → 2024-03-01).</summary>
    public DateOnly Earliest => new(Math.Max(Year, 1), Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can stand for (2024-03 → 2024-03-31).</summary>
    public DateOnly Latest
    {
        get
        {
            var year = Math.Max(Year, 1);
            var month = Month ?? 12;
            return new DateOnly(year, month, Day ?? DateTime.DaysInMonth(year, month));
        }
    }

    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;
    public static bool operator <=(PartialDate a, PartialDate b) => a.CompareTo(b) <= 0;
    public static bool operator >=(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0;

    public override string ToString() =>
        Month is null ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : Day is null ? $"{Year:D4}-{Month:D2}"
        : $"{Year:D4}-{Month:D2}-{Day:D2}";

    private static bool TryDigits(string s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        return s.Length > 0;
    }
}
