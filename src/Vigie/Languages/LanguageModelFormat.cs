namespace Vigie.Languages;

/// <summary>
/// The layout of a language model file (all integers little-endian):
/// <code>
/// "VGLI"  magic
/// u8      version (1)
/// u8      max n-gram order
/// u8      cost units per nat (costs are -ln p quantised to bytes)
/// u8      temperature, in tenths of a nat per n-gram order (for confidences)
/// u8      language count L, then L times: u8 code length, ASCII code, u8 script
/// u8      group count G, then G times (a group = the languages of one script):
///           u8 script, u8 width W, W × u8 language index,
///           max order × W × u8 cost of an unseen n-gram (order-major),
///           i32 feature count F, F × u32 keys (ascending), F × W × u8 costs (row-major)
/// "END."  magic
/// </code>
/// </summary>
internal static class LanguageModelFormat
{
    public const byte Version = 1;

    public static ReadOnlySpan<byte> Magic => "VGLI"u8;

    public static ReadOnlySpan<byte> EndMagic => "END."u8;
}
