namespace KGraph.Visualization.Writers;

/// <summary>The diagram is beyond what the format's viewers can show; the message says the limit and what to do.</summary>
public sealed class DiagramTooLargeException : Exception
{
    public DiagramTooLargeException() { }

    public DiagramTooLargeException(string message) : base(message) { }

    public DiagramTooLargeException(string message, Exception inner) : base(message, inner) { }
}
