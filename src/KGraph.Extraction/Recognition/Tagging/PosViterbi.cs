using System.Numerics;
using System.Runtime.CompilerServices;

namespace KGraph.Extraction.Recognition.Tagging;

/// <summary>
/// The most probable state sequence of <see cref="PosHmm"/> over a run of Han characters, read
/// back as words: B…E and S close a word, whose tag is the state's. Layers of the trellis are
/// flat arrays reused per thread; ties go to the state jieba would keep.
/// </summary>
internal sealed class PosViterbi(PosHmm hmm)
{
    [ThreadStatic] private static Trellis? t_trellis;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Cut(string text, int from, int to, int offset, List<Token> tokens)
    {
        var trellis = t_trellis ??= new Trellis();
        var length = to - from;
        trellis.Begin(length, hmm.StateCount);
        FirstLayer(trellis, text[from]);
        for (var i = 1; i < length; i++) NextLayer(trellis, text[from + i]);
        var states = trellis.BestPath(hmm.TieRank);
        var begin = 0;
        var next = 0;
        for (var i = 0; i < length; i++)
        {
            var state = states[i];
            switch (hmm.Position[state])
            {
                case 'B':
                    begin = i;
                    break;
                case 'E':
                    tokens.Add(Words.Token(text, from + begin, from + i + 1, offset, hmm.Tags[state]));
                    next = i + 1;
                    break;
                case 'S':
                    tokens.Add(Words.Token(text, from + i, from + i + 1, offset, hmm.Tags[state]));
                    next = i + 1;
                    break;
            }
        }
        if (next < length) tokens.Add(Words.Token(text, from + next, to, offset, hmm.Tags[states[next]]));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void FirstLayer(Trellis trellis, char c)
    {
        trellis.OpenLayer();
        var states = hmm.StatesOf(c);
        var emissions = hmm.EmissionsOf(c);
        for (var k = 0; k < states.Length; k++)
        {
            var state = states[k];
            trellis.Add(state, hmm.Start[state] + emissions[k], -1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void NextLayer(Trellis trellis, char c)
    {
        // Only states with a way out can lead anywhere; the candidates are the character's states those can reach.
        var previous = trellis.OpenLayer();
        trellis.CollectLive(previous, hmm.HasSuccessor);
        var states = hmm.StatesOf(c);
        var emissions = hmm.EmissionsOf(c);
        var fast = hmm.AllLogProbabilities;
        for (var k = 0; k < states.Length; k++)
            if (!fast || !ExtendFromPredecessors(trellis, states[k], emissions[k]))
                Extend(trellis, states[k], emissions[k], onlyReachable: true);
        if (trellis.LayerIsEmpty)
        {
            // None of the character's states is reachable: jieba then allows every reachable state, or every state.
            var reachable = trellis.Reachable(hmm.Successors, hmm.StateCount);
            for (var state = 0; state < hmm.StateCount; state++)
                if (reachable is null || reachable[state])
                    Extend(trellis, state, hmm.Emission(state, c), onlyReachable: false);
        }
    }

    private void Extend(Trellis trellis, int state, double emission, bool onlyReachable)
    {
        var count = hmm.StateCount;
        var transition = hmm.Transition;
        var hasTransition = hmm.HasTransition;
        var tieRank = hmm.TieRank;
        var liveStates = trellis.LiveStates;
        var liveScores = trellis.LiveScores;
        var best = double.MinValue;
        var bestRank = -1;
        var bestLive = -1;
        var reachable = false;
        for (var p = 0; p < liveStates.Length; p++)
        {
            var from = liveStates[p];
            var link = from * count + state;
            reachable |= hasTransition[link];
            var value = liveScores[p] + transition[link] + emission;
            if (best < value || (best == value && bestRank < tieRank[from]))
            {
                best = value;
                bestRank = tieRank[from];
                bestLive = p;
            }
        }
        if (onlyReachable && !reachable) return;
        trellis.Add(state, best, bestLive < 0 ? -1 : trellis.LiveIndexes[bestLive]);
    }

    /// <summary>
    /// <see cref="Extend"/> over just the live states with a transition to the state (the set
    /// intersection, 64 states at a time): an M or E state has two, a B or S state about half the
    /// live ones. The same entry wins: the winner is the highest (score, tie rank) whatever the
    /// order, and every log probability being at most 0, a live state without the transition scores
    /// at most double.MinValue, below any winner above it. A winner at double.MinValue or below
    /// could tie with one of those: false, and the full loop decides.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool ExtendFromPredecessors(Trellis trellis, int state, double emission)
    {
        var into = hmm.TransitionInto.AsSpan(state * hmm.StateCount, hmm.StateCount);
        var tieRank = hmm.TieRank;
        var words = hmm.StateWords;
        var predecessors = hmm.PredecessorBits.AsSpan(state * words, words);
        var live = trellis.LiveBits;
        var scores = trellis.LiveScoreOf;
        var best = double.MinValue;
        var bestRank = -1;
        var bestFrom = -1;
        var reachable = false;
        for (var w = 0; w < words; w++)
        {
            for (var bits = predecessors[w] & live[w]; bits != 0; bits &= bits - 1)
            {
                var from = w * 64 + BitOperations.TrailingZeroCount(bits);
                reachable = true;
                var value = scores[from] + into[from] + emission;
                if (best < value || (best == value && bestRank < tieRank[from]))
                {
                    best = value;
                    bestRank = tieRank[from];
                    bestFrom = from;
                }
            }
        }
        if (!reachable) return true;
        if (bestFrom < 0 || best <= double.MinValue) return false;
        trellis.Add(state, best, trellis.LiveIndexes[trellis.LivePositions[bestFrom]]);
        return true;
    }
}
