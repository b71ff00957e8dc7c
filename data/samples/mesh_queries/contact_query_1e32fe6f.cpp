// Warp 1.19.0 cpu code for contact_query_1e32fe6f.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_contact_query_2cca3cbf {
    wp::uint64 mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::float32 margin;
    wp::array_t<wp::float32> result;
};


template <bool wp_linear_contiguous>
static void contact_query_2cca3cbf_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_contact_query_2cca3cbf *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_margin = _wp_args->margin;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1024;
    wp::int32 var_6;
    const wp::int32 var_7 = 31;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 1024;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 4096;
    wp::int32 var_16;
    const wp::float32 var_17 = 0.1;
    wp::float32 var_18;
    const wp::float32 var_19 = 1e-06;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 1024;
    wp::int32 var_24;
    const wp::int32 var_25 = 31;
    wp::int32 var_26;
    wp::int32 var_27;
    const wp::int32 var_28 = 1024;
    wp::int32 var_29;
    wp::int32 var_30;
    const wp::int32 var_31 = 4096;
    wp::int32 var_32;
    const wp::float32 var_33 = 3.0;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    //---------
    // forward
    // def contact_query(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), margin: float, result: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // p = points[tid]                                                                        <L 7>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // slot = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(1)) % 1024) % 4096                      <L 8>
    var_4 = wp::abs(var_0);
    var_6 = wp::mod(var_4, var_5);
    var_8 = wp::mul(var_6, var_7);
    var_10 = wp::int(var_9);
    var_11 = wp::abs(var_10);
    var_13 = wp::mod(var_11, var_12);
    var_14 = wp::add(var_8, var_13);
    var_16 = wp::mod(var_14, var_15);
    // value_2 = margin / wp.max(wp.abs(0.1), 1.0e-6)                                         <L 9>
    var_18 = wp::abs(var_17);
    var_20 = wp::max(var_18, var_19);
    var_21 = wp::div(var_margin, var_20);
    // cell_id = ((wp.abs(tid) % 1024) * 31 + wp.abs(slot) % 1024) % 4096                     <L 10>
    var_22 = wp::abs(var_0);
    var_24 = wp::mod(var_22, var_23);
    var_26 = wp::mul(var_24, var_25);
    var_27 = wp::abs(var_16);
    var_29 = wp::mod(var_27, var_28);
    var_30 = wp::add(var_26, var_29);
    var_32 = wp::mod(var_30, var_31);
    // dist = wp.length(p - wp.vec3(3.0))                                                     <L 11>
    var_34 = wp::vec_t<3, wp::float32>(var_33);
    var_35 = wp::sub(var_2, var_34);
    var_36 = wp::length(var_35);
    // result[tid] = value_2 + float(cell_id) + dist                                          <L 12>
    var_37 = wp::float(var_32);
    var_38 = wp::add(var_21, var_37);
    var_39 = wp::add(var_38, var_36);
    wp::array_store(var_result, var_0, var_39);
}



template <bool wp_linear_contiguous>
static void contact_query_2cca3cbf_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_contact_query_2cca3cbf *_wp_args,
    wp_args_contact_query_2cca3cbf *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::uint64 var_mesh = _wp_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::float32 var_margin = _wp_args->margin;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    wp::uint64 adj_mesh = _wp_adj_args->mesh;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::float32 adj_margin = _wp_adj_args->margin;
    wp::array_t<wp::float32> adj_result = _wp_adj_args->result;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1024;
    wp::int32 var_6;
    const wp::int32 var_7 = 31;
    wp::int32 var_8;
    const wp::int32 var_9 = 1;
    wp::int32 var_10;
    wp::int32 var_11;
    const wp::int32 var_12 = 1024;
    wp::int32 var_13;
    wp::int32 var_14;
    const wp::int32 var_15 = 4096;
    wp::int32 var_16;
    const wp::float32 var_17 = 0.1;
    wp::float32 var_18;
    const wp::float32 var_19 = 1e-06;
    wp::float32 var_20;
    wp::float32 var_21;
    wp::int32 var_22;
    const wp::int32 var_23 = 1024;
    wp::int32 var_24;
    const wp::int32 var_25 = 31;
    wp::int32 var_26;
    wp::int32 var_27;
    const wp::int32 var_28 = 1024;
    wp::int32 var_29;
    wp::int32 var_30;
    const wp::int32 var_31 = 4096;
    wp::int32 var_32;
    const wp::float32 var_33 = 3.0;
    wp::vec_t<3, wp::float32> var_34;
    wp::vec_t<3, wp::float32> var_35;
    wp::float32 var_36;
    wp::float32 var_37;
    wp::float32 var_38;
    wp::float32 var_39;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::float32 adj_17 = {};
    wp::float32 adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::float32 adj_33 = {};
    wp::vec_t<3, wp::float32> adj_34 = {};
    wp::vec_t<3, wp::float32> adj_35 = {};
    wp::float32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::float32 adj_38 = {};
    wp::float32 adj_39 = {};
    //---------
    // forward
    // def contact_query(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), margin: float, result: wp.array(dtype=float)):       <L 5>
    // tid = wp.tid()                                                                         <L 6>
    var_0 = builtin_tid1d();
    // p = points[tid]                                                                        <L 7>
    var_1 = wp::address(var_points, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    // slot = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(1)) % 1024) % 4096                      <L 8>
    var_4 = wp::abs(var_0);
    var_6 = wp::mod(var_4, var_5);
    var_8 = wp::mul(var_6, var_7);
    var_10 = wp::int(var_9);
    var_11 = wp::abs(var_10);
    var_13 = wp::mod(var_11, var_12);
    var_14 = wp::add(var_8, var_13);
    var_16 = wp::mod(var_14, var_15);
    // value_2 = margin / wp.max(wp.abs(0.1), 1.0e-6)                                         <L 9>
    var_18 = wp::abs(var_17);
    var_20 = wp::max(var_18, var_19);
    var_21 = wp::div(var_margin, var_20);
    // cell_id = ((wp.abs(tid) % 1024) * 31 + wp.abs(slot) % 1024) % 4096                     <L 10>
    var_22 = wp::abs(var_0);
    var_24 = wp::mod(var_22, var_23);
    var_26 = wp::mul(var_24, var_25);
    var_27 = wp::abs(var_16);
    var_29 = wp::mod(var_27, var_28);
    var_30 = wp::add(var_26, var_29);
    var_32 = wp::mod(var_30, var_31);
    // dist = wp.length(p - wp.vec3(3.0))                                                     <L 11>
    var_34 = wp::vec_t<3, wp::float32>(var_33);
    var_35 = wp::sub(var_2, var_34);
    var_36 = wp::length(var_35);
    // result[tid] = value_2 + float(cell_id) + dist                                          <L 12>
    var_37 = wp::float(var_32);
    var_38 = wp::add(var_21, var_37);
    var_39 = wp::add(var_38, var_36);
    // wp::array_store(var_result, var_0, var_39);
    //---------
    // reverse
    wp::adj_array_store(var_result, var_0, var_39, adj_result, adj_0, adj_39);
    wp::adj_add(var_38, var_36, adj_38, adj_36, adj_39);
    wp::adj_add(var_21, var_37, adj_21, adj_37, adj_38);
    wp::adj_float(var_32, adj_32, adj_37);
    // adj: result[tid] = value_2 + float(cell_id) + dist                                     <L 12>
    wp::adj_length(var_35, var_36, adj_35, adj_36);
    wp::adj_sub(var_2, var_34, adj_2, adj_34, adj_35);
    wp::adj_vec_t(var_33, adj_33, adj_34);
    // adj: dist = wp.length(p - wp.vec3(3.0))                                                <L 11>
    wp::adj_mod(var_30, var_31, adj_30, adj_31, adj_32);
    wp::adj_add(var_26, var_29, adj_26, adj_29, adj_30);
    wp::adj_mod(var_27, var_28, adj_27, adj_28, adj_29);
    wp::adj_abs(var_16, adj_16, adj_27);
    wp::adj_mul(var_24, var_25, adj_24, adj_25, adj_26);
    wp::adj_mod(var_22, var_23, adj_22, adj_23, adj_24);
    wp::adj_abs(var_0, adj_0, adj_22);
    // adj: cell_id = ((wp.abs(tid) % 1024) * 31 + wp.abs(slot) % 1024) % 4096                <L 10>
    wp::adj_div(var_margin, var_20, var_21, adj_margin, adj_20, adj_21);
    wp::adj_max(var_18, var_19, adj_18, adj_19, adj_20);
    wp::adj_abs(var_17, adj_17, adj_18);
    // adj: value_2 = margin / wp.max(wp.abs(0.1), 1.0e-6)                                    <L 9>
    wp::adj_mod(var_14, var_15, adj_14, adj_15, adj_16);
    wp::adj_add(var_8, var_13, adj_8, adj_13, adj_14);
    wp::adj_mod(var_11, var_12, adj_11, adj_12, adj_13);
    wp::adj_abs(var_10, adj_10, adj_11);
    wp::adj_mul(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_mod(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_abs(var_0, adj_0, adj_4);
    // adj: slot = ((wp.abs(tid) % 1024) * 31 + wp.abs(int(1)) % 1024) % 4096                 <L 8>
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_points, var_0, adj_points, adj_0, adj_1);
    // adj: p = points[tid]                                                                   <L 7>
    // adj: tid = wp.tid()                                                                    <L 6>
    // adj: def contact_query(mesh: wp.uint64, points: wp.array(dtype=wp.vec3), margin: float, result: wp.array(dtype=float)):  <L 5>
    return;
}



struct contact_query_2cca3cbf_cpu_block_payload_forward
{
    wp_args_contact_query_2cca3cbf* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void contact_query_2cca3cbf_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    contact_query_2cca3cbf_cpu_block_payload_forward* payload = (contact_query_2cca3cbf_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    contact_query_2cca3cbf_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void contact_query_2cca3cbf_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_contact_query_2cca3cbf *_wp_args)
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
        contact_query_2cca3cbf_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &contact_query_2cca3cbf_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct contact_query_2cca3cbf_cpu_block_payload_backward
{
    wp_args_contact_query_2cca3cbf* args;
    wp_args_contact_query_2cca3cbf* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void contact_query_2cca3cbf_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    contact_query_2cca3cbf_cpu_block_payload_backward* payload = (contact_query_2cca3cbf_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    contact_query_2cca3cbf_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void contact_query_2cca3cbf_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_contact_query_2cca3cbf *_wp_args,
    wp_args_contact_query_2cca3cbf *_wp_adj_args)
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
        contact_query_2cca3cbf_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &contact_query_2cca3cbf_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

