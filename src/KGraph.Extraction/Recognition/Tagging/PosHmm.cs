using System.Text.Json;

namespace KGraph.Extraction.Recognition.Tagging;

/// <summary>
/// jieba's part-of-speech HMM: states are (position in word, tag) pairs such as B-nr or S-v; each
/// character may only take the states char_state_tab lists for it. Probabilities are natural logs.
/// States are numbered; transitions are a dense matrix in which a missing transition is
/// double.MinValue, exactly the value jieba adds for it.
/// </summary>
internal sealed class PosHmm
{
    /// <summary>The log probability jieba gives an emission its tables do not list.</summary>
    public const double MissingEmission = -3.14e100;
    public const double MissingTransition = double.MinValue;

    // Indexed by character: a lookup per character of every HMM run.
    private readonly int[]?[] _charStates = new int[]?[char.MaxValue + 1];
    private readonly double[]?[] _charEmissions = new double[]?[char.MaxValue + 1];
    private readonly Dictionary<long, double> _emission = [];
    private double[] _noEmissions = [];

    private PosHmm(string[] names, double[] start, double[] transition, bool[] hasTransition)
    {
        StateCount = names.Length;
        Start = start;
        Transition = transition;
        HasTransition = hasTransition;
        Position = [.. names.Select(n => n[0])];
        Tags = [.. names.Select(n => string.Intern(n.Split('-')[1]))];
        Successors = [.. Enumerable.Range(0,
            StateCount).Select(from => Enumerable.Range(0, StateCount).Where(to => hasTransition[from * StateCount + to]).ToArray())];
        HasSuccessor = [.. Successors.Select(s => s.Length > 0)];
        TransitionInto = new double[transition.Length];
        for (var from = 0; from < StateCount; from++)
            for (var to = 0; to < StateCount; to++)
                TransitionInto[to * StateCount + from] = transition[from * StateCount + to];
        StateWords = (StateCount + 63) / 64;
        PredecessorBits = new ulong[StateCount * StateWords];
        for (var from = 0; from < StateCount; from++)
            for (var to = 0; to < StateCount; to++)
                if (hasTransition[from * StateCount + to]) PredecessorBits[to * StateWords + from / 64] |= 1UL << (from % 64);
        // jieba breaks ties between equal scores towards the state whose name sorts last in the invariant culture.
        var order = Enumerable.Range(0, StateCount).ToArray();
        Array.Sort(order, (a, b) => string.Compare(names[a], names[b], StringComparison.InvariantCulture));
        TieRank = new int[StateCount];
        for (var i = 0; i < order.Length; i++) TieRank[order[i]] = i;
        AllStates = [.. Enumerable.Range(0, StateCount)];
    }

    public int StateCount { get; }

    /// <summary>Every start, transition and emission is at most 0, as log probabilities are (<see cref="PosViterbi"/> relies on it).</summary>
    public bool AllLogProbabilities { get; private set; }
    public double[] Start { get; }

    /// <summary>Row-major [from * StateCount + to].</summary>
    public double[] Transition { get; }
    public bool[] HasTransition { get; }

    /// <summary><see cref="Transition"/> transposed, [to * StateCount + from]: the transitions into one state side by side.</summary>
    public double[] TransitionInto { get; }
    public bool[] HasSuccessor { get; }

    /// <summary>The states each state has a transition to.</summary>
    public int[][] Successors { get; }

    /// <summary>64-bit words in a set of states.</summary>
    public int StateWords { get; }

    /// <summary>For each state, the set of states with a transition to it: bits [state * StateWords, + StateWords).</summary>
    public ulong[] PredecessorBits { get; }

    /// <summary>B, M, E or S.</summary>
    public char[] Position { get; }
    public string[] Tags { get; }
    public int[] TieRank { get; }
    public int[] AllStates { get; }

    /// <summary>The states a character may take (all states for a character the table does not list).</summary>
    public int[] StatesOf(char c) => _charStates[c] ?? AllStates;

    /// <summary>Emission log probabilities aligned with <see cref="StatesOf"/>.</summary>
    public double[] EmissionsOf(char c) => _charEmissions[c] ?? _noEmissions;

    public double Emission(int state, char c) => _emission.TryGetValue(Key(state, c), out var p) ? p : MissingEmission;

    public static PosHmm Load(string directory)
    {
        var start = ReadObject(Path.Combine(directory, "pos_prob_start.json"));
        var names = start.Keys.ToArray();
        var ids = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
        var count = names.Length;
        var transition = new double[count * count];
        Array.Fill(transition, MissingTransition);
        var hasTransition = new bool[count * count];
        using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "pos_prob_trans.json"))))
            foreach (var from in json.RootElement.EnumerateObject())
                foreach (var to in from.Value.EnumerateObject())
                {
                    var index = ids[from.Name] * count + ids[to.Name];
                    transition[index] = to.Value.GetDouble();
                    hasTransition[index] = true;
                }
        var hmm = new PosHmm(names, [.. names.Select(n => start[n])], transition, hasTransition);
        using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "pos_prob_emit.json"))))
            foreach (var state in json.RootElement.EnumerateObject())
                foreach (var emission in state.Value.EnumerateObject())
                    hmm._emission[Key(ids[state.Name], emission.Name[0])] = emission.Value.GetDouble();
        using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "char_state_tab.json"))))
            foreach (var character in json.RootElement.EnumerateObject())
            {
                var c = character.Name[0];
                int[] states = [.. character.Value.EnumerateArray().Select(s => ids[s.GetString()!])];
                hmm._charStates[c] = states;
                hmm._charEmissions[c] = [.. states.Select(s => hmm.Emission(s, c))];
            }
        // A character char_state_tab does not list may take every state: its emissions, for all states in order.
        hmm._noEmissions = new double[count];
        Array.Fill(hmm._noEmissions, MissingEmission);
        foreach (var c in hmm._emission.Keys.Select(k => (char)(k & 0xFFFF)).Distinct())
            if (hmm._charStates[c] is null) hmm._charEmissions[c] = [.. hmm.AllStates.Select(s => hmm.Emission(s, c))];
        hmm.AllLogProbabilities = hmm.Start.All(p => p <= 0) && transition.All(p => p <= 0) && hmm._emission.Values.All(p => p <= 0);
        return hmm;
    }

    private static Dictionary<string, double> ReadObject(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
    }

    private static long Key(int state, char c) => ((long)state << 16) | c;
}
