using TeamsEvalBot.Export;
using TeamsEvalBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddTeamsEvalBot(builder.Configuration);

var app = builder.Build();
StartupLog.CheckSettings(app);
app.UseLocalModeGuard();
app.MapBotMessages();
app.MapHealth();
app.MapDownloads();
app.MapDiagnostics(app.Configuration);
app.Run();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
