using System.Runtime.CompilerServices;
namespace KGraph.Extraction.Recognition.Tagging;

/// <summary>
/// The Viterbi trellis as flat arrays: entries (state, score, back pointer) layer after layer, plus
/// the live entries of the previous layer (those with a way out). Reused between runs by one thread.
/// </summary>
internal sealed class Trellis
{
    private int[] _state = new int[1024];
    private double[] _score = new double[1024];
    private int[] _back = new int[1024];
    private int[] _layerStart = new int[64];
    private int[] _path = new int[64];
    private int[] _liveState = new int[256];
    private int[] _liveIndex = new int[256];
    private double[] _liveScore = new double[256];
    private bool[] _reachable = [];
    private int[] _livePosition = [];
    private ulong[] _liveBits = [];
    private double[] _liveScoreOf = [];
    private int _count;
    private int _layers;

    public int LiveCount { get; private set; }

    public bool LayerIsEmpty => _count == _layerStart[_layers - 1];

    public void Begin(int length, int stateCount)
    {
        _count = 0;
        _layers = 0;
        ForgetLive();
        if (_livePosition.Length < stateCount)
        {
            _livePosition = new int[stateCount];
            Array.Fill(_livePosition, -1);
            _liveBits = new ulong[(stateCount + 63) / 64];
            _liveScoreOf = new double[stateCount];
        }
        if (_layerStart.Length < length + 1) _layerStart = new int[Math.Max(length + 1, _layerStart.Length * 2)];
        if (_path.Length < length) _path = new int[Math.Max(length, _path.Length * 2)];
    }

    /// <summary>Starts a new layer and returns the index of the previous one (-1 for the first).</summary>
    public int OpenLayer()
    {
        _layerStart[_layers++] = _count;
        return _layers - 2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int state, double score, int back)
    {
        if (_count == _state.Length)
        {
            Array.Resize(ref _state, _count * 2);
            Array.Resize(ref _score, _count * 2);
            Array.Resize(ref _back, _count * 2);
        }
        _state[_count] = state;
        _score[_count] = score;
        _back[_count++] = back;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void CollectLive(int layer, bool[] hasSuccessor)
    {
        ForgetLive();
        var end = _layerStart[layer + 1];
        for (var i = _layerStart[layer]; i < end; i++)
        {
            if (!hasSuccessor[_state[i]]) continue;
            if (LiveCount == _liveState.Length)
            {
                Array.Resize(ref _liveState, LiveCount * 2);
                Array.Resize(ref _liveIndex, LiveCount * 2);
                Array.Resize(ref _liveScore, LiveCount * 2);
            }
            _livePosition[_state[i]] = LiveCount;
            _liveBits[_state[i] >> 6] |= 1UL << _state[i];
            _liveScoreOf[_state[i]] = _score[i];
            _liveState[LiveCount] = _state[i];
            _liveIndex[LiveCount] = i;
            _liveScore[LiveCount++] = _score[i];
        }
    }

    /// <summary>Where each state is among the live entries, or -1 (a layer holds a state at most once).</summary>
    public ReadOnlySpan<int> LivePositions => _livePosition;

    /// <summary>The live states as a set, 64 states a word.</summary>
    public ReadOnlySpan<ulong> LiveBits => _liveBits;

    /// <summary>The score of each live state (other states' entries are stale).</summary>
    public ReadOnlySpan<double> LiveScoreOf => _liveScoreOf;

    public ReadOnlySpan<int> LiveStates => _liveState.AsSpan(0, LiveCount);
    public ReadOnlySpan<int> LiveIndexes => _liveIndex.AsSpan(0, LiveCount);
    public ReadOnlySpan<double> LiveScores => _liveScore.AsSpan(0, LiveCount);

    private void ForgetLive()
    {
        for (var p = 0; p < LiveCount; p++) _livePosition[_liveState[p]] = -1;
        Array.Clear(_liveBits);
        LiveCount = 0;
    }

    /// <summary>Which states the live entries lead to, or null when there are no live entries (then every state may follow).</summary>
    public bool[]? Reachable(int[][] successors, int stateCount)
    {
        if (LiveCount == 0) return null;
        if (_reachable.Length < stateCount) _reachable = new bool[stateCount];
        Array.Clear(_reachable);
        for (var p = 0; p < LiveCount; p++)
            foreach (var next in successors[_liveState[p]]) _reachable[next] = true;
        return _reachable;
    }

    /// <summary>The states of the best path, following back pointers from the best entry of the last layer.</summary>
    public ReadOnlySpan<int> BestPath(int[] tieRank)
    {
        var best = double.MinValue;
        var bestRank = -1;
        var entry = -1;
        for (var i = _layerStart[_layers - 1]; i < _count; i++)
        {
            if (best < _score[i] || (best == _score[i] && bestRank < tieRank[_state[i]]))
            {
                best = _score[i];
                bestRank = tieRank[_state[i]];
                entry = i;
            }
        }
        // jieba itself fails on a path it cannot follow back; here the rest of the path keeps the last state.
        var state = entry < 0 ? 0 : _state[entry];
        for (var layer = _layers - 1; layer >= 0; layer--)
        {
            if (entry >= 0) state = _state[entry];
            _path[layer] = state;
            if (entry >= 0) entry = _back[entry];
        }
        return _path.AsSpan(0, _layers);
    }
}
