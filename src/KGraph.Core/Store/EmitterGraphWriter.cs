using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Scalar = YamlDotNet.Core.Events.Scalar;

namespace KGraph.Store;

/// <summary>Hands a graph file's events to YamlDotNet's emitter: the reference that <see cref="DirectGraphWriter"/> must match.</summary>
internal sealed class EmitterGraphWriter(TextWriter output, IEmitter emitter) : GraphEventWriter
{
    public override void Comment(string line) => output.WriteLine(line);
    public override void Start()
    {
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
    }
    public override void BlockMap() => emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));
    public override void FlowMapStart() => emitter.Emit(new MappingStart(null, null, true, MappingStyle.Flow));
    public override void BlockSeq() => emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Block));
    public override void FlowSeq() => emitter.Emit(new SequenceStart(null, null, true, SequenceStyle.Flow));
    public override void End<T>() => emitter.Emit(new T());
    public override void Key(string key) => Plain(key);
    public override void Plain(string value) => emitter.Emit(new Scalar(null, null, value, ScalarStyle.Plain, true, false));
    public override void Text(string value) =>
        emitter.Emit(new Scalar(null, null, value, NeedsQuotes(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any, true, true));
    public override bool Finish()
    {
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return true;
    }
}
