namespace KGraph.Extraction.Learning;

/// <summary>A model file that is missing, damaged or of another kind; the message names the file and what to do.</summary>
public sealed class ModelFileException(string message, Exception? inner = null) : Exception(message, inner);
