-- A UDF that always fails: the guide uses it to show ERR_UDF (100).
function reject(rec)
  error('rejected on purpose')
end
