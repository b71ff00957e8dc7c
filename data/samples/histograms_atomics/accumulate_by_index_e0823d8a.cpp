// Warp 1.19.0 cpu code for accumulate_by_index_e0823d8a.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_accumulate_by_index_ab8ff67d {
    wp::array_t<wp::int32> indices;
    wp::array_t<wp::vec_t<2, wp::float32>> values;
    wp::array_t<wp::vec_t<2, wp::float32>> out;
};


template <bool wp_linear_contiguous>
static void accumulate_by_index_ab8ff67d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_by_index_ab8ff67d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_indices = _wp_args->indices;
    wp::array_t<wp::vec_t<2, wp::float32>> var_values = _wp_args->values;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    //---------
    // forward
    // def accumulate_by_index(                                                               <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // i = indices[tid]                                                                       <L 11>
    var_1 = wp::address(var_indices, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // val = values[tid]                                                                      <L 12>
    var_4 = wp::address(var_values, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_add(out, i, val)                                                             <L 13>
    var_7 = wp::atomic_add(var_out, var_2, var_5);
}



template <bool wp_linear_contiguous>
static void accumulate_by_index_ab8ff67d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_by_index_ab8ff67d *_wp_args,
    wp_args_accumulate_by_index_ab8ff67d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_indices = _wp_args->indices;
    wp::array_t<wp::vec_t<2, wp::float32>> var_values = _wp_args->values;
    wp::array_t<wp::vec_t<2, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::int32> adj_indices = _wp_adj_args->indices;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_values = _wp_adj_args->values;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    wp::vec_t<2, wp::float32>* var_4;
    wp::vec_t<2, wp::float32> var_5;
    wp::vec_t<2, wp::float32> var_6;
    wp::vec_t<2, wp::float32> var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    wp::vec_t<2, wp::float32> adj_5 = {};
    wp::vec_t<2, wp::float32> adj_6 = {};
    wp::vec_t<2, wp::float32> adj_7 = {};
    //---------
    // forward
    // def accumulate_by_index(                                                               <L 5>
    // tid = wp.tid()                                                                         <L 10>
    var_0 = builtin_tid1d();
    // i = indices[tid]                                                                       <L 11>
    var_1 = wp::address(var_indices, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // val = values[tid]                                                                      <L 12>
    var_4 = wp::address(var_values, var_0);
    var_6 = wp::load(var_4);
    var_5 = wp::copy(var_6);
    // wp.atomic_add(out, i, val)                                                             <L 13>
    // var_7 = wp::atomic_add(var_out, var_2, var_5);
    //---------
    // reverse
    wp::adj_atomic_add(var_out, var_2, var_5, adj_out, adj_2, adj_5, adj_7);
    // adj: wp.atomic_add(out, i, val)                                                        <L 13>
    wp::adj_copy(var_6, adj_4, adj_5);
    wp::adj_address(var_values, var_0, adj_values, adj_0, adj_4);
    // adj: val = values[tid]                                                                 <L 12>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_indices, var_0, adj_indices, adj_0, adj_1);
    // adj: i = indices[tid]                                                                  <L 11>
    // adj: tid = wp.tid()                                                                    <L 10>
    // adj: def accumulate_by_index(                                                          <L 5>
    return;
}



struct accumulate_by_index_ab8ff67d_cpu_block_payload_forward
{
    wp_args_accumulate_by_index_ab8ff67d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_by_index_ab8ff67d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accumulate_by_index_ab8ff67d_cpu_block_payload_forward* payload = (accumulate_by_index_ab8ff67d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_by_index_ab8ff67d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void accumulate_by_index_ab8ff67d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_by_index_ab8ff67d *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        accumulate_by_index_ab8ff67d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_by_index_ab8ff67d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct accumulate_by_index_ab8ff67d_cpu_block_payload_backward
{
    wp_args_accumulate_by_index_ab8ff67d* args;
    wp_args_accumulate_by_index_ab8ff67d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_by_index_ab8ff67d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accumulate_by_index_ab8ff67d_cpu_block_payload_backward* payload = (accumulate_by_index_ab8ff67d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_by_index_ab8ff67d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void accumulate_by_index_ab8ff67d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_by_index_ab8ff67d *_wp_args,
    wp_args_accumulate_by_index_ab8ff67d *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        accumulate_by_index_ab8ff67d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_by_index_ab8ff67d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

