// Warp 1.19.0 cuda code for hash_insert_a6321a84.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void hash_insert_947dc6e5_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_keys,
    wp::array_t<wp::float32> var_item_values,
    wp::array_t<wp::int32> var_table_keys,
    wp::array_t<wp::float32> var_totals)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::int32* var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::range_t var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = -1;
        wp::int32* var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        bool var_19;
        bool var_20;
        wp::int32* var_21;
        bool var_22;
        wp::int32 var_23;
        wp::float32 var_24;
        //---------
        // forward
        // def hash_insert(                                                                       <L 8>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // w = item_values[tid]                                                                   <L 16>
        var_1 = wp::address(var_item_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // capacity = table_keys.shape[0]                                                         <L 17>
        var_4 = &(var_table_keys.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // home = item_keys[tid] % capacity                                                       <L 18>
        var_8 = wp::address(var_item_keys, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::mod(var_10, var_6);
        // for probe in range(capacity):                                                          <L 19>
        var_11 = wp::range(var_6);
        start_for_0:;
            if (iter_cmp(var_11) == 0) goto end_for_0;
            var_12 = wp::iter_next(var_11);
            // slot = (home + probe) % capacity                                                   <L 20>
            var_13 = wp::add(var_9, var_12);
            var_14 = wp::mod(var_13, var_6);
            // prev = wp.atomic_cas(table_keys, slot, EMPTY, item_keys[tid])                      <L 21>
            var_16 = wp::address(var_item_keys, var_0);
            var_18 = wp::load(var_16);
            var_17 = wp::atomic_cas(var_table_keys, var_14, var_15, var_18);
            // if prev == EMPTY or prev == item_keys[tid]:                                        <L 22>
            var_20 = (var_17 == var_15);
            var_19 = var_20;
            if (!var_19) {
                var_21 = wp::address(var_item_keys, var_0);
                var_23 = wp::load(var_21);
                var_22 = (var_17 == var_23);
                var_19 = var_19 || var_22;
            }
            if (var_19) {
                // wp.atomic_add(totals, slot, w)                                                 <L 23>
                var_24 = wp::atomic_add(var_totals, var_14, var_2);
                // break                                                                          <L 24>
                goto end_for_0;
            }
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void hash_insert_947dc6e5_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_item_keys,
    wp::array_t<wp::float32> var_item_values,
    wp::array_t<wp::int32> var_table_keys,
    wp::array_t<wp::float32> var_totals,
    wp::array_t<wp::int32> adj_item_keys,
    wp::array_t<wp::float32> adj_item_values,
    wp::array_t<wp::int32> adj_table_keys,
    wp::array_t<wp::float32> adj_totals)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::float32 var_3;
        wp::shape_t* var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::shape_t var_7;
        wp::int32* var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        wp::range_t var_11;
        wp::int32 var_12;
        wp::int32 var_13;
        wp::int32 var_14;
        const wp::int32 var_15 = -1;
        wp::int32* var_16;
        wp::int32 var_17;
        wp::int32 var_18;
        bool var_19;
        bool var_20;
        wp::int32* var_21;
        bool var_22;
        wp::int32 var_23;
        wp::float32 var_24;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::shape_t adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::shape_t adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::range_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::int32 adj_16 = {};
        wp::int32 adj_17 = {};
        wp::int32 adj_18 = {};
        bool adj_19 = {};
        bool adj_20 = {};
        wp::int32 adj_21 = {};
        bool adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        //---------
        // forward
        // def hash_insert(                                                                       <L 8>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // w = item_values[tid]                                                                   <L 16>
        var_1 = wp::address(var_item_values, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // capacity = table_keys.shape[0]                                                         <L 17>
        var_4 = &(var_table_keys.shape);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // home = item_keys[tid] % capacity                                                       <L 18>
        var_8 = wp::address(var_item_keys, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::mod(var_10, var_6);
        // for probe in range(capacity):                                                          <L 19>
        var_11 = wp::range(var_6);
        //---------
        // reverse
        var_11 = wp::iter_reverse(var_11);
        start_for_0:;
            if (iter_cmp(var_11) == 0) goto end_for_0;
            var_12 = wp::iter_next(var_11);
        	adj_13 = {};
        	adj_14 = {};
        	adj_15 = {};
        	adj_16 = {};
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
        	adj_24 = {};
            // slot = (home + probe) % capacity                                                   <L 20>
            var_13 = wp::add(var_9, var_12);
            var_14 = wp::mod(var_13, var_6);
            // prev = wp.atomic_cas(table_keys, slot, EMPTY, item_keys[tid])                      <L 21>
            var_16 = wp::address(var_item_keys, var_0);
            var_18 = wp::load(var_16);
            // var_17 = wp::atomic_cas(var_table_keys, var_14, var_15, var_18);
            // if prev == EMPTY or prev == item_keys[tid]:                                        <L 22>
            var_20 = (var_17 == var_15);
            var_19 = var_20;
            if (!var_19) {
                var_21 = wp::address(var_item_keys, var_0);
                var_23 = wp::load(var_21);
                var_22 = (var_17 == var_23);
                var_19 = var_19 || var_22;
            }
            if (var_19) {
                // wp.atomic_add(totals, slot, w)                                                 <L 23>
                // var_24 = wp::atomic_add(var_totals, var_14, var_2);
                // break                                                                          <L 24>
                goto end_for_0;
            }
            if (var_19) {
                // adj: break                                                                     <L 24>
                wp::adj_atomic_add(var_totals, var_14, var_2, adj_totals, adj_14, adj_2, adj_24);
                // adj: wp.atomic_add(totals, slot, w)                                            <L 23>
            }
            if (!var_19) {
                wp::adj_address(var_item_keys, var_0, adj_item_keys, adj_0, adj_21);
            }
            // adj: if prev == EMPTY or prev == item_keys[tid]:                                   <L 22>
            wp::adj_address(var_item_keys, var_0, adj_item_keys, adj_0, adj_16);
            // adj: prev = wp.atomic_cas(table_keys, slot, EMPTY, item_keys[tid])                 <L 21>
            wp::adj_mod(var_13, var_6, adj_13, adj_6, adj_14);
            wp::adj_add(var_9, var_12, adj_9, adj_12, adj_13);
            // adj: slot = (home + probe) % capacity                                              <L 20>
        	goto start_for_0;
        end_for_0:;
        // adj: for probe in range(capacity):                                                     <L 19>
        wp::adj_mod(var_10, var_6, adj_8, adj_6, adj_9);
        wp::adj_address(var_item_keys, var_0, adj_item_keys, adj_0, adj_8);
        // adj: home = item_keys[tid] % capacity                                                  <L 18>
        adj_table_keys.shape = adj_4;
        // adj: capacity = table_keys.shape[0]                                                    <L 17>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_item_values, var_0, adj_item_values, adj_0, adj_1);
        // adj: w = item_values[tid]                                                              <L 16>
        // adj: tid = wp.tid()                                                                    <L 15>
        // adj: def hash_insert(                                                                  <L 8>
        continue;
    }
}

