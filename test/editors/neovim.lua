-- Drives the policy-brief language server from a real Neovim (0.7, as Debian ships it):
-- opens a brief, waits for the server's diagnostics, asks for a hover and a definition, and
-- writes what Neovim received to $RESULT_FILE as JSON. Run headless by neovim.test.ts.
local brief = os.getenv('BRIEF')
local server = os.getenv('SERVER')
local result_file = os.getenv('RESULT_FILE')
local hover_line = tonumber(os.getenv('HOVER_LINE'))
local hover_character = tonumber(os.getenv('HOVER_CHARACTER'))

local result = {}
local function finish()
  local file = io.open(result_file, 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(brief))
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'policy-brief',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(brief, ':h'),
  })
  vim.lsp.buf_attach_client(buf, client_id)

  result.got_diagnostics = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, {
      line = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity,
      message = d.message, code = d.user_data and d.user_data.lsp and d.user_data.lsp.code,
    })
  end

  local client = vim.lsp.get_client_by_id(client_id)
  local position = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = hover_line, character = hover_character },
  }
  local hover = client.request_sync('textDocument/hover', position, 10000, buf)
  result.hover = hover and hover.result and hover.result.contents and hover.result.contents.value
  local definition = client.request_sync('textDocument/definition', position, 10000, buf)
  result.definition = definition and definition.result
end)
if not ok then result.error = tostring(err) end
finish()
