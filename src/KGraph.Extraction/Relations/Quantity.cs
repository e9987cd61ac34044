using System.Globalization;
using System.Text.RegularExpressions;

namespace KGraph.Extraction.Relations;

/// <summary>
/// Reads amounts and counts written the Chinese or English way into whole numbers:
/// 4400万美元 → 44000000 USD, 3140亿 → 314000000000, $10 billion → 10000000000 USD.
/// </summary>
public static partial class Quantity
{
    private static readonly (string Unit, decimal Factor)[] Multipliers =
    [
        ("万亿", 1_000_000_000_000m), ("千亿", 100_000_000_000m), ("百亿", 10_000_000_000m), ("十亿", 1_000_000_000m), ("亿", 100_000_000m),
        ("千万", 10_000_000m), ("百万", 1_000_000m), ("十万", 100_000m), ("万", 10_000m), ("千", 1_000m), ("百", 100m),
        ("trillion", 1_000_000_000_000m), ("billion", 1_000_000_000m), ("million", 1_000_000m), ("thousand", 1_000m), ("bn", 1_000_000_000m), ("m", 1_000_000m),
    ];

    private static readonly (string Word, string Code)[] Currencies =
    [
        ("美元", "USD"), ("美金", "USD"), ("$", "USD"), ("US$", "USD"), ("dollars", "USD"), ("dollar", "USD"), ("人民币", "CNY"), ("元", "CNY"),
            ("RMB", "CNY"), ("yuan", "CNY"),
        ("欧元", "EUR"), ("€", "EUR"), ("euros", "EUR"), ("英镑", "GBP"), ("£", "GBP"), ("pounds", "GBP"), ("港元", "HKD"), ("港币", "HKD"),
            ("日元", "JPY"), ("yen", "JPY"),
    ];

    /// <summary>The whole number a quantity stands for, or null when it is not one.</summary>
    public static long? ParseNumber(string text)
    {
        text = text.Replace(",", "", StringComparison.Ordinal);
        var match = NumberPattern().Match(text);
        if (!match.Success || !decimal.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture,
            out var value)) return null;
        var rest = text[(match.Index + match.Length)..].TrimStart();
        foreach (var (unit, factor) in Multipliers)
        {
            if (!rest.StartsWith(unit, StringComparison.OrdinalIgnoreCase)) continue;
            if (unit == "m" && rest.Length > 1 && char.IsLetter(rest[1])) continue;
            value *= factor;
            rest = rest[unit.Length..];
            // 3千亿 / 5 百万: a second multiplier word multiplies again.
            foreach (var (unit2, factor2) in Multipliers)
                if (unit2.Length > 1 && rest.StartsWith(unit2, StringComparison.Ordinal))
                {
                    value *= factor2;
                    break;
                }
            break;
        }
        return value > long.MaxValue ? null : (long)decimal.Round(value);
    }

    /// <summary>ISO currency code named in an amount, if any.</summary>
    public static string? Currency(string text)
    {
        foreach (var (word, code) in Currencies)
            if (text.Contains(word, StringComparison.OrdinalIgnoreCase)) return code;
        return null;
    }

    [GeneratedRegex(@"(\d+(?:\.\d+)?)")]
    private static partial Regex NumberPattern();
}
