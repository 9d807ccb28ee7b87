// TeamsEvalBot in one resource group: a user-assigned identity that is both the bot's identity
// and the web app's identity for Table Storage, so there is no client secret anywhere.
targetScope = 'resourceGroup'

@description('Short lowercase letters and digits used in every resource name.')
@minLength(3)
@maxLength(9)
param baseName string = 'evalbot'

@description('Azure region for everything except the bot registration, which is global.')
param location string = resourceGroup().location

@description('Azure Bot pricing tier. F0 is free with a message quota; S1 is for production.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan size. Always On needs Basic or above.')
@allowed([
  'B1'
  'B2'
  'S1'
  'P0v3'
  'P1v3'
])
param appServicePlanSku string = 'B1'

@description('Name shown for the bot in the Azure portal.')
param botDisplayName string = 'TeamsEvalBot'

@description('Days to keep logs in the Log Analytics workspace.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

var suffix = uniqueString(resourceGroup().id)
var tenantId = tenant().tenantId
// Built-in role "Storage Table Data Contributor".
var tableDataContributorRoleId = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: 'id-${baseName}-${suffix}'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: take('st${toLower(replace(baseName, '-', ''))}${suffix}', 24) // letters and digits only
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Entra ID only: the app reaches tables with its managed identity, never a key.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
  }
}

resource tableDataContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, tableDataContributorRoleId)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableDataContributorRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: 'log-${baseName}-${suffix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: logRetentionDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${baseName}-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    IngestionMode: 'LogAnalytics'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: 'asp-${baseName}-${suffix}'
  location: location
  kind: 'linux'
  sku: {
    name: appServicePlanSku
  }
  properties: {
    reserved: true // required for Linux plans
  }
}

// The app's own settings cannot read its defaultHostName (a cycle), so its host is built from its name.
var webAppName = 'app-${baseName}-${suffix}'

resource webApp 'Microsoft.Web/sites@2024-11-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  // Tables are created at start-up, so let the role assignment exist first.
  dependsOn: [
    tableDataContributor
  ]
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      alwaysOn: true // a cold start can miss Teams' reply deadline
      healthCheckPath: '/healthz' // App Service replaces an instance that stops answering
      appSettings: [
        { name: 'Bot__AppId', value: identity.properties.clientId }
        { name: 'Bot__TenantId', value: tenantId }
        { name: 'Bot__AppType', value: 'UserAssignedMSI' }
        { name: 'Bot__ManagedIdentityClientId', value: identity.properties.clientId }
        { name: 'Bot__AllowedTenantIds__0', value: tenantId }
        { name: 'Storage__TableEndpoint', value: storage.properties.primaryEndpoints.table }
        { name: 'Storage__ManagedIdentityClientId', value: identity.properties.clientId }
        { name: 'Downloads__BaseUrl', value: 'https://${webAppName}.azurewebsites.net' } // export download links
        { name: 'Partnerships__Registration', value: 'Locked' } // partnerships and their owners come from app settings: see README
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
      ]
    }
  }
}

var botEndpoint = 'https://${webApp.properties.defaultHostName}/api/messages'

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${baseName}-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: botEndpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output botEndpoint string = botEndpoint
output webAppName string = webApp.name
output identityClientId string = identity.properties.clientId
@description('Use as BOT_DOMAIN for manifest/pack.mjs.')
output botDomain string = webApp.properties.defaultHostName
