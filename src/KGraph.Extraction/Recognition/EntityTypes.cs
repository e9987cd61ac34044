namespace KGraph.Extraction.Recognition;

/// <summary>
/// Entity type names as the vocabulary spells them, plus <see cref="Name"/>: a name whose type
/// is not known yet (an English capitalised name with no cue) that relation rules may type.
/// </summary>
internal static class EntityTypes
{
    public const string Person = "Person";
    public const string Organization = "Organization";
    public const string Product = "Product";
    public const string Place = "Place";
    public const string Name = "Name";

    /// <summary>Not an entity: a date the relationship classifier pairs with an organisation (its founding date).</summary>
    public const string Date = "Date";

    /// <summary>One letter per type, used in the marked sentences relation patterns run on.</summary>
    public static char Code(string type) => type switch
    {
        Person => 'P',
        Organization => 'O',
        Product => 'R',
        Place => 'L',
        Date => 'D',
        _ => 'N',
    };

    public static string FromCode(char code) => code switch
    {
        'P' => Person,
        'O' => Organization,
        'R' => Product,
        'L' => Place,
        _ => Name,
    };
}
