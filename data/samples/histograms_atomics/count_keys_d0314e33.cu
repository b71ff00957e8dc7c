// Warp 1.19.0 cuda code for count_keys_d0314e33.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void count_keys_a565c9b4_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::int32> var_table_keys,
    wp::array_t<wp::int32> var_entry_index)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::int32 var_12;
        wp::range_t var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = -1;
        wp::int32 var_18;
        bool var_19;
        bool var_20;
        bool var_21;
        //---------
        // forward
        // def count_keys(                                                                        <L 8>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // if flags[tid] != 1:                                                                    <L 15>
        var_1 = wp::address(var_flags, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 16>
            continue;
        }
        // key = keys[tid]                                                                        <L 17>
        var_5 = wp::address(var_keys, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // capacity = table_keys.shape[0]                                                         <L 18>
        var_8 = &(var_table_keys.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        // home = key % capacity                                                                  <L 19>
        var_12 = wp::mod(var_6, var_10);
        // for probe in range(capacity):                                                          <L 20>
        var_13 = wp::range(var_10);
        start_for_1:;
            if (iter_cmp(var_13) == 0) goto end_for_1;
            var_14 = wp::iter_next(var_13);
            // slot = (home + probe) % capacity                                                   <L 21>
            var_15 = wp::add(var_12, var_14);
            var_16 = wp::mod(var_15, var_10);
            // prev = wp.atomic_cas(table_keys, slot, EMPTY, key)                                 <L 22>
            var_18 = wp::atomic_cas(var_table_keys, var_16, var_17, var_6);
            // if prev == EMPTY or prev == key:                                                   <L 23>
            var_20 = (var_18 == var_17);
            var_19 = var_20;
            if (!var_19) {
                var_21 = (var_18 == var_6);
                var_19 = var_19 || var_21;
            }
            if (var_19) {
                // entry_index[tid] = slot                                                        <L 24>
                wp::array_store(var_entry_index, var_0, var_16);
                // break                                                                          <L 25>
                goto end_for_1;
            }
            goto start_for_1;
        end_for_1:;
    }
}



extern "C" __global__ void count_keys_a565c9b4_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_flags,
    wp::array_t<wp::int32> var_keys,
    wp::array_t<wp::int32> var_table_keys,
    wp::array_t<wp::int32> var_entry_index,
    wp::array_t<wp::int32> adj_flags,
    wp::array_t<wp::int32> adj_keys,
    wp::array_t<wp::int32> adj_table_keys,
    wp::array_t<wp::int32> adj_entry_index)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32* var_1;
        const wp::int32 var_2 = 1;
        bool var_3;
        wp::int32 var_4;
        wp::int32* var_5;
        wp::int32 var_6;
        wp::int32 var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        wp::int32 var_12;
        wp::range_t var_13;
        wp::int32 var_14;
        wp::int32 var_15;
        wp::int32 var_16;
        const wp::int32 var_17 = -1;
        wp::int32 var_18;
        bool var_19;
        bool var_20;
        bool var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        bool adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::shape_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::shape_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::range_t adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        bool adj_20 = {};
        bool adj_21 = {};
        //---------
        // forward
        // def count_keys(                                                                        <L 8>
        // tid = wp.tid()                                                                         <L 14>
        var_0 = builtin_tid1d();
        // if flags[tid] != 1:                                                                    <L 15>
        var_1 = wp::address(var_flags, var_0);
        var_4 = wp::load(var_1);
        var_3 = (var_4 != var_2);
        if (var_3) {
            // return                                                                             <L 16>
            goto label0;
        }
        // key = keys[tid]                                                                        <L 17>
        var_5 = wp::address(var_keys, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // capacity = table_keys.shape[0]                                                         <L 18>
        var_8 = &(var_table_keys.shape);
        var_11 = wp::load(var_8);
        var_10 = wp::extract(var_11, var_9);
        // home = key % capacity                                                                  <L 19>
        var_12 = wp::mod(var_6, var_10);
        // for probe in range(capacity):                                                          <L 20>
        var_13 = wp::range(var_10);
        //---------
        // reverse
        var_13 = wp::iter_reverse(var_13);
        start_for_1:;
            if (iter_cmp(var_13) == 0) goto end_for_1;
            var_14 = wp::iter_next(var_13);
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
            // slot = (home + probe) % capacity                                                   <L 21>
            var_15 = wp::add(var_12, var_14);
            var_16 = wp::mod(var_15, var_10);
            // prev = wp.atomic_cas(table_keys, slot, EMPTY, key)                                 <L 22>
            // var_18 = wp::atomic_cas(var_table_keys, var_16, var_17, var_6);
            // if prev == EMPTY or prev == key:                                                   <L 23>
            var_20 = (var_18 == var_17);
            var_19 = var_20;
            if (!var_19) {
                var_21 = (var_18 == var_6);
                var_19 = var_19 || var_21;
            }
            if (var_19) {
                // entry_index[tid] = slot                                                        <L 24>
                // wp::array_store(var_entry_index, var_0, var_16);
                // break                                                                          <L 25>
                goto end_for_1;
            }
            if (var_19) {
                // adj: break                                                                     <L 25>
                wp::adj_array_store(var_entry_index, var_0, var_16, adj_entry_index, adj_0, adj_16);
                // adj: entry_index[tid] = slot                                                   <L 24>
            }
            if (!var_19) {
            }
            // adj: if prev == EMPTY or prev == key:                                              <L 23>
            // adj: prev = wp.atomic_cas(table_keys, slot, EMPTY, key)                            <L 22>
            wp::adj_mod(var_15, var_10, adj_15, adj_10, adj_16);
            wp::adj_add(var_12, var_14, adj_12, adj_14, adj_15);
            // adj: slot = (home + probe) % capacity                                              <L 21>
        	goto start_for_1;
        end_for_1:;
        // adj: for probe in range(capacity):                                                     <L 20>
        wp::adj_mod(var_6, var_10, adj_6, adj_10, adj_12);
        // adj: home = key % capacity                                                             <L 19>
        adj_table_keys.shape = adj_8;
        // adj: capacity = table_keys.shape[0]                                                    <L 18>
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_keys, var_0, adj_keys, adj_0, adj_5);
        // adj: key = keys[tid]                                                                   <L 17>
        if (var_3) {
            label0:;
            // adj: return                                                                        <L 16>
        }
        wp::adj_address(var_flags, var_0, adj_flags, adj_0, adj_1);
        // adj: if flags[tid] != 1:                                                               <L 15>
        // adj: tid = wp.tid()                                                                    <L 14>
        // adj: def count_keys(                                                                   <L 8>
        continue;
    }
}

