using System.Globalization;

namespace KGraph.Model;

/// <summary>A free property value: text, whole number, decimal number or yes/no.</summary>
public readonly record struct Scalar
{
    private Scalar(object value) => Value = value;

    /// <summary>A string, long, double or bool.</summary>
    public object Value { get; }

    public static Scalar Of(string value) => new(value);
    public static Scalar Of(long value) => new(value);
    public static Scalar Of(double value) => new(value);
    public static Scalar Of(bool value) => new(value);

    public static implicit operator Scalar(string value) => Of(value);
    public static implicit operator Scalar(long value) => Of(value);
    public static implicit operator Scalar(double value) => Of(value);
    public static implicit operator Scalar(bool value) => Of(value);

    public override string ToString() => Value switch
    {
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Value?.ToString() ?? "",
    };
}
