using System.Security.Cryptography;
using System.Text;
using Vigie.Web.Hosting;

namespace Vigie.Web.Security;

/// <summary>
/// Guards the write endpoints: the request must carry the server's key in <c>X-Api-Key</c>. No key sent
/// is 401; a wrong key, or a server started without <c>VIGIE_API_KEY</c> (read-only), is 403. Keys are
/// compared as SHA-256 digests in constant time, so neither their content nor their length leaks.
/// </summary>
internal sealed class ApiKeyFilter(VigieWebOptions options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    private readonly byte[]? _expected = options.ApiKey is { Length: > 0 } key ? Digest(key) : null;

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var sent = context.HttpContext.Request.Headers[Header].ToString();
        if (sent.Length == 0)
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(
                $"This endpoint changes the store: send the API key in the {Header} header.", statusCode: StatusCodes.Status401Unauthorized,
                title: "API key required."));
        }

        if (_expected is null)
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(
                $"This server is read-only: start it with {VigieWebOptions.ApiKeyVariable} set to allow writes.", statusCode: StatusCodes.Status403Forbidden,
                title: "Writes are disabled."));
        }

        if (!CryptographicOperations.FixedTimeEquals(Digest(sent), _expected))
        {
            return ValueTask.FromResult<object?>(TypedResults.Problem(
                "The API key is not the server's.", statusCode: StatusCodes.Status403Forbidden, title: "Wrong API key."));
        }

        return next(context);
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
