-- The guide's UDF module: registered from this file, it is module `accounts`.

-- Takes amount from the record's balance and returns the new balance. It
-- raises an error when the record does not exist, and when the balance would
-- go below zero. The server applies a UDF's updates only when the function
-- returns without an error, so that second error undoes the update before it.
function withdraw(rec, amount)
  if not aerospike:exists(rec) then
    error('no such account')
  end
  rec['balance'] = rec['balance'] - amount
  aerospike:update(rec)
  if rec['balance'] < 0 then
    error('insufficient balance')
  end
  return rec['balance']
end
