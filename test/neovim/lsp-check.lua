-- Drives health-lint-ls from headless Neovim: opens one file, waits for the server's
-- diagnostics, asks for code actions on the first finding, and writes what it saw as JSON.
-- Works on Neovim 0.7 (Debian bookworm: vim.lsp.start_client) and newer (vim.lsp.start).
-- Inputs (environment): HEALTH_LINT_LS_CMD (JSON array, the server command),
-- HEALTH_LINT_FILE (file to open), HEALTH_LINT_OUT (where to write the JSON result),
-- HEALTH_LINT_WAIT_MS (optional, how long to wait for diagnostics).

local out_path = os.getenv('HEALTH_LINT_OUT')
local result = { nvim = tostring(vim.version().major) .. '.' .. vim.version().minor .. '.' .. vim.version().patch,
                 diagnostics = {}, code_actions = {}, errors = {} }

local function encode(value)
  if vim.json and vim.json.encode then return vim.json.encode(value) end
  return vim.fn.json_encode(value)
end

local function finish()
  local handle = io.open(out_path, 'w')
  handle:write(encode(result))
  handle:close()
  vim.cmd('qall!')
end

local ok, failure = pcall(function()
  local cmd = vim.fn.json_decode(os.getenv('HEALTH_LINT_LS_CMD'))
  local file = os.getenv('HEALTH_LINT_FILE')
  local wait_ms = tonumber(os.getenv('HEALTH_LINT_WAIT_MS') or '15000')

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)

  -- Keep the raw LSP payload: it does not depend on how this Neovim version converts it.
  local published = nil
  local config = {
    name = 'health-lint',
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    -- Neovim calls plain text 'text'; LSP (and VS Code) call it 'plaintext'.
    get_language_id = function(_, filetype)
      if filetype == 'text' or filetype == '' then return 'plaintext' end
      return filetype
    end,
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, params, ctx, handler_config)
        if params and params.uri == uri then published = params end
        return vim.lsp.handlers['textDocument/publishDiagnostics'](err, params, ctx, handler_config)
      end,
    },
  }

  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(bufnr, client_id)
  end
  result.client_id = client_id

  local got = vim.wait(wait_ms, function() return published ~= nil and #published.diagnostics > 0 end, 50)
  if not got then
    table.insert(result.errors, 'no diagnostics published for ' .. uri .. ' within ' .. wait_ms .. ' ms')
    return
  end
  result.diagnostics = published.diagnostics
  -- What Neovim itself shows (vim.diagnostic), to prove the handler chain worked.
  result.shown_count = #vim.diagnostic.get(bufnr)

  -- Code actions for the first finding of the rule asked for (or the first finding).
  local wanted_rule = os.getenv('HEALTH_LINT_ACTION_RULE')
  local target = published.diagnostics[1]
  for _, diagnostic in ipairs(published.diagnostics) do
    if diagnostic.code == wanted_rule then target = diagnostic break end
  end
  result.action_target = target
  local params = {
    textDocument = { uri = uri },
    range = target.range,
    context = { diagnostics = { target } },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 10000)
  if not responses then
    table.insert(result.errors, 'no reply to textDocument/codeAction within 10000 ms')
    return
  end
  for _, response in pairs(responses) do
    if response.err then table.insert(result.errors, 'codeAction error: ' .. encode(response.err)) end
    for _, action in ipairs(response.result or {}) do
      table.insert(result.code_actions, { title = action.title, kind = action.kind, isPreferred = action.isPreferred,
                                          has_edit = action.edit ~= nil, command = action.command })
    end
  end
end)

if not ok then table.insert(result.errors, tostring(failure)) end
finish()
