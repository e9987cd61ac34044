using System.Diagnostics;
using System.Globalization;
using KGraph.Extraction;
using KGraph.Extraction.Recognition;
using KGraph.Extraction.Rules;
using KGraph.Extraction.Scripts;

/// <summary>
/// --tag: the extractor's tagger stage alone, on one thread: <see cref="JiebaTagger.Tag"/> on every
/// Chinese sentence of the corpus as the recogniser calls it (folded text, the lexicon's plain
/// characters, the extractor's user words). Prints the best CPU time of a few passes, the bytes one
/// pass allocates and a checksum of every token and tag, so that a faster tagger can be shown to
/// give the same tokens. With --out, the tokens are also written to DIR/tokens.txt.
/// </summary>
internal static class TagTiming
{
    private const int Passes = 5;

    public static void Run(IReadOnlyList<string> articles, bool hmm, string? outputFolder, bool cold)
    {
        if (cold)
        {
            RunCold(articles, hmm);
            return;
        }
        var options = new ExtractorOptions { UseHmm = hmm };
        _ = new ArticleExtractor([], options); // adds the same user words as a real run
        var lexicon = RuleFiles.Load<RecognitionLexicon>("lexicon.yaml", options.RulesDirectory);
        HashSet<char> plain = [.. lexicon.GivenNameStopCharsZh.SelectMany(w => w), .. lexicon.NameFollowersZh.SelectMany(w => w)];
        var sentences = new List<(string Text, int Offset)>();
        foreach (var article in articles)
        {
            var folded = options.ScriptFolder.Fold(article);
            foreach (var sentence in SentenceSplitter.Split(article))
                if (sentence.Lang == "zh") sentences.Add((folded.Substring(sentence.Start, sentence.Length), sentence.Start));
        }
        var characters = sentences.Sum(s => (long)s.Text.Length);
        var tagger = JiebaTagger.Base;
        var checksum = Pass(tagger, sentences, hmm, plain, out var tokens);
        var best = double.MaxValue;
        long allocated = 0;
        for (var pass = 0; pass < Passes; pass++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var again = Pass(tagger, sentences, hmm, plain, out _);
            best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (again != checksum) throw new InvalidOperationException("the tagger gave different tokens on the same text");
        }
        Console.WriteLine(Line($"tagger stage alone: {sentences.Count:N0} Chinese sentences, {characters:N0} characters; ") +
            Line($"HMM {(hmm ? "on" : "off")}; 1 thread, best of {Passes}"));
        Console.WriteLine(Line($"JiebaTagger.Tag: {characters / best,12:N0} chars/CPU-s ({best:0.000} CPU-s), ") +
            Line($"{allocated / (1024.0 * 1024):N0} MiB allocated per pass"));
        Console.WriteLine(Line($"tokens: {tokens:N0}, checksum {checksum:x16}"));
        if (outputFolder is null) return;
        using var writer = new StreamWriter(Path.Combine(outputFolder, "tokens.txt"));
        foreach (var (text, offset) in sentences)
            writer.WriteLine(string.Join(' ', tagger.Tag(text, offset, hmm, plain).Select(t => $"{t.Start}:{t.Word}/{t.Tag}")));
    }

    private static ulong Pass(JiebaTagger tagger, List<(string Text, int Offset)> sentences, bool hmm, HashSet<char> plain, out long tokens)
    {
        // FNV-1a over every token's offsets, word and tag: stable across processes, unlike HashCode.
        var hash = 14695981039346656037UL;
        tokens = 0;
        foreach (var (text, offset) in sentences)
        {
            foreach (var token in tagger.Tag(text, offset, hmm, plain))
            {
                tokens++;
                hash = Mix(hash, (uint)token.Start);
                hash = Mix(hash, (uint)token.End);
                foreach (var c in token.Word) hash = Mix(hash, c);
                hash = Mix(hash, '/');
                foreach (var c in token.Tag) hash = Mix(hash, c);
            }
        }
        return hash;
    }

    /// <summary>
    /// --tag --cold: as in the extractor, where the other stages evict the dictionary from the caches
    /// between sentences: 16 MB of other memory is written before each sentence, and only the tagger's
    /// own thread CPU time is counted (clock_gettime per call), so other processes on the machine
    /// add little but their share of the caches.
    /// </summary>
    private static void RunCold(IReadOnlyList<string> articles, bool hmm)
    {
        var options = new ExtractorOptions { UseHmm = hmm };
        _ = new ArticleExtractor([], options);
        var lexicon = RuleFiles.Load<RecognitionLexicon>("lexicon.yaml", options.RulesDirectory);
        HashSet<char> plain = [.. lexicon.GivenNameStopCharsZh.SelectMany(w => w), .. lexicon.NameFollowersZh.SelectMany(w => w)];
        var tagger = JiebaTagger.Base;
        var other = new long[2 << 20];
        long characters = 0, nanoseconds = 0, tokens = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var article in articles)
            {
                var folded = options.ScriptFolder.Fold(article);
                foreach (var sentence in SentenceSplitter.Split(article))
                {
                    if (sentence.Lang != "zh") continue;
                    var text = folded.Substring(sentence.Start, sentence.Length);
                    for (var i = 0; i < other.Length; i += 8) other[i]++;
                    var start = ThreadNanoseconds();
                    var count = tagger.Tag(text, sentence.Start, hmm, plain).Count;
                    if (pass == 0) continue; // the first pass compiles and warms up
                    nanoseconds += ThreadNanoseconds() - start;
                    characters += text.Length;
                    tokens += count;
                }
            }
        }
        Console.WriteLine(Line($"tagger stage alone, caches evicted before each sentence: {characters:N0} characters, {tokens:N0} tokens; ") +
            Line($"HMM {(hmm ? "on" : "off")}; 1 thread"));
        Console.WriteLine(Line($"JiebaTagger.Tag: {characters / (nanoseconds / 1e9),12:N0} chars/CPU-s ({nanoseconds / 1e9:0.000} thread CPU-s)"));
    }

    private static long ThreadNanoseconds()
    {
        var time = default(TimeSpec);
        if (ClockGetTime(3, ref time) != 0) throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed");
        return time.Seconds * 1_000_000_000 + time.Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, ref TimeSpec time);

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static ulong Mix(ulong hash, uint value) => (hash ^ value) * 1099511628211UL;

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
